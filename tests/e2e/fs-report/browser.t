# The HTML report drawn by a real browser (headless Chromium): the charts'
# SVG elements are in the DOM, the screenshot is not blank.  Skipped where
# chromium is not installed (CI installs it).
$ sh browser.sh
>>> requires chromium
>>> stdout
browser: ok
