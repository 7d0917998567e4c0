# The HTML report drawn by a real browser (headless Chromium): the charts'
# SVG elements are in the DOM, the screenshot is not blank.  Skipped, with
# a note on the terminal, where chromium is not installed.
$ sh browser.sh
>>> stdout
browser: ok
