#!/bin/bash
# Run: OUT=/tmp/daily; mkdir -p $OUT/shots; xvfb-run -a -s "-screen 0 1400x900x24" tests/gui/xvfb_daily_path.sh
# (needs xdotool, imagemagick and openbox; the library is made in $OUT/lib with the demo kit)
# The daily path under Xvfb (with a window manager): new kit from the menu, rename, reorder by
# keyboard (Alt+Down), remove (Delete), undo (Ctrl+Z); a screenshot each step.
cd "$(dirname "$0")/../.."
export HOME=${OUT:-/tmp/daily}/home; mkdir -p $HOME
openbox > ${OUT:-/tmp/daily}/wm.log 2>&1 &
WM=$!
xset r off
.venv/bin/python main.py --library ${OUT:-/tmp/daily}/lib > ${OUT:-/tmp/daily}/app.log 2>&1 &
APP=$!
shot() { sleep 1.5; import -window root ${OUT:-/tmp/daily}/shots/$1.png; }
for i in $(seq 1 60); do W=$(xdotool search --name "mediakit" 2>/dev/null | head -1); [ -n "$W" ] && break; sleep 0.5; done
sleep 6
xdotool windowactivate --sync $W
shot 01-opened
xdotool key ctrl+n; sleep 1; shot 02-new-kit-dialog
xdotool type --delay 80 "Donor visit"; xdotool key Return; shot 03-new-kit
xdotool key F2; sleep 1; shot 04-rename-dialog
xdotool key ctrl+a; xdotool type --delay 80 "Donor visit March"; xdotool key Return; shot 05-renamed
xdotool key ctrl+2 Home Down Down; shot 06-third-selected
xdotool key alt+Down; shot 07-moved-down
xdotool key alt+Up; shot 08-moved-up
xdotool key Delete; shot 09-removed
xdotool key ctrl+z; shot 10-undone
xdotool key alt+k; shot 11-kit-menu
xdotool key Escape; xdotool key ctrl+2 Menu; shot 12-context-menu
xdotool key Escape; xdotool key ctrl+alt+f; sleep 1
xdotool type --delay 80 "7.9 million"; xdotool key Return; shot 13-new-figure
xdotool key alt+k r; shot 14-recent-kits
xdotool key Escape Escape
kill $APP; kill $WM
