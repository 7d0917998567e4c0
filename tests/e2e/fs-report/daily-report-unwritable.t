# A findings file that cannot be made (here a folder of that name in
# OUTPUT) stops the run before the tool runs, with the shell's reason, in
# dash and in bash alike (bash gives a failed redirection the status 1,
# which read as "violations", and the run went on to blame a later
# tool), and the last line names the file, not a tool that never ran.
$ mkdir -p out/conduct.findings; for sh in sh bash; do $sh "$FS_TOP/examples/daily-report.sh" -d "$FS_TOP/examples/county" -o out -a 2026-11-27 > /dev/null 2> err; echo "$sh: exit $?"; tail -n 1 err | sed "s|$PWD/out|OUT|"; grep -c 'conduct.findings: Is a directory' err; done
>>> requires bash
>>> stdout
sh: exit 2
daily-report: OUT/conduct.findings cannot be written; no report made
1
bash: exit 2
daily-report: OUT/conduct.findings cannot be written; no report made
1
