#!/bin/bash
# Run: export OUT=/tmp/daily; rm -rf $OUT; mkdir -p $OUT/shots; xvfb-run -a -s "-screen 0 1400x900x24" tests/gui/xvfb_daily_path.sh
# (needs xvfb, xdotool, imagemagick and openbox: apt-get install -y xvfb xdotool openbox imagemagick)
# A press officer's day under Xvfb, with a window manager, by keyboard and mouse as a person would:
# import a photo, a new kit from two stories of the library, a key figure typed in the app and added to
# the kit, the photo placed in a story (Insert photo…, typed to find it, Enter), undo and redo,
# the photo moved to the kit's gallery and back into the story, dragged with the mouse onto the
# other story's second paragraph, the kit reordered by keyboard (Alt+Down), the kit exported as a
# PDF. A screenshot each step in $OUT/shots; the library is made in $OUT/lib with the demo kit;
# the PDF goes to $OUT/home/Documents (the script fails without it). The mouse's positions are for
# a 1400x900 screen (GRID_X/GRID_Y, TEXT_X/TEXT_Y change them).
set -u
cd "$(dirname "$0")/../.."
OUT=${OUT:-/tmp/daily}
mkdir -p "$OUT/shots"
export HOME=$OUT/home; mkdir -p "$HOME"
openbox > "$OUT/wm.log" 2>&1 &
WM=$!
xset r off
# A real photo to place: a JPEG made with Pillow (blue water, a brown boat).
.venv/bin/python - "$OUT/river_boat.jpg" <<'EOF'
import sys
from PIL import Image, ImageDraw
image = Image.new("RGB", (1200, 800), (40, 110, 160))
draw = ImageDraw.Draw(image)
draw.rectangle((0, 0, 1200, 300), fill=(170, 200, 225))
draw.polygon([(300, 480), (900, 480), (820, 580), (380, 580)], fill=(110, 70, 40))
image.save(sys.argv[1], quality=85)
EOF
.venv/bin/python main.py --library "$OUT/lib" > "$OUT/app.log" 2>&1 &
APP=$!
# Where the mouse drags from (the first photo of the library's grid) and to (the story's text).
GRID_X=${GRID_X:-90}; GRID_Y=${GRID_Y:-270}; TEXT_X=${TEXT_X:-830}; TEXT_Y=${TEXT_Y:-560}
shot() { sleep "${2:-1.5}"; import -window root "$OUT/shots/$1.png"; echo "shot $1"; }
W=""
for i in $(seq 1 60); do W=$(xdotool search --name "mediakit" 2>/dev/null | head -1); [ -n "$W" ] && break; sleep 0.5; done
[ -n "$W" ] || { echo "the window never showed"; kill $APP $WM; exit 1; }
sleep 6
xdotool windowactivate --sync "$W"
shot 01-opened

# Import the photo: File › Import files… (Ctrl+Shift+I), its path typed in the file dialog.
xdotool key ctrl+shift+i; sleep 1.5
xdotool type --delay 40 "$OUT/river_boat.jpg"; shot 02-import-dialog 0.5
xdotool key Return; shot 03-imported 4
xdotool key Escape; sleep 1  # the import report, if it shows

# A new kit from two stories: Ctrl+1 (library), the third and fourth stories (Shift+Down adds the
# next one), Kit › New kit from selection.
xdotool key ctrl+1 Home Down Down shift+Down; shot 04-two-stories-selected
xdotool key ctrl+alt+n; shot 05-new-kit-dialog
xdotool type --delay 60 "Donor visit"; xdotool key Return; shot 06-new-kit 3

# A key figure typed in the app (Ctrl+Alt+F): value, label, source (Tab between them); then Add
# to kit (Ctrl+Return).
xdotool key ctrl+alt+f; sleep 1.5
xdotool type --delay 60 "7.9 million"; xdotool key Tab
xdotool key ctrl+a; xdotool type --delay 60 "Venezuelans living abroad"; xdotool key Tab
xdotool type --delay 60 "UNHCR and IOM, R4V platform"; xdotool key Tab
shot 07-new-figure
xdotool key ctrl+Return; shot 08-figure-in-kit 3

# The photo placed in the kit's first story: Ctrl+2 (outline), its row, Ctrl+3 (editor), Tab to
# the text, down to the third paragraph, Edit › Insert photo… (Ctrl+Alt+P), type, Enter.
xdotool key ctrl+2 Home Down Down; shot 09-story-selected
xdotool key ctrl+3; sleep 0.5
for i in $(seq 1 8); do xdotool key Tab; sleep 0.15; done
xdotool key ctrl+Home Down Down Down End; shot 10-cursor-in-text
xdotool key ctrl+alt+p; shot 11-photo-chooser
xdotool type --delay 80 "river"; shot 12-chooser-narrowed
xdotool key Return; shot 13-photo-placed 4
xdotool key ctrl+z; shot 14-placing-undone 3
xdotool key ctrl+shift+z; shot 15-placing-redone 4

# The story's photo to the kit's gallery: Tab to the story's photos, the context menu (Menu key),
# Move to gallery. Then back from the gallery: Ctrl+2, the gallery's row, the outline's context
# menu, Move photo into story…, type to find it, Enter (it goes at the end of the story).
xdotool key Tab Menu; shot 16-story-photo-menu
xdotool key Down Return; shot 17-moved-to-gallery 4
xdotool key ctrl+2 Home Down Down Down Down; sleep 0.5
xdotool key Menu; shot 18-gallery-menu
xdotool key Down Down Down Return; shot 19-move-into-story-chooser 2
xdotool type --delay 80 "river"; xdotool key Return; shot 20-moved-into-story 4

# With the mouse: the kit's other story in the editor, the photo found in the library (Ctrl+F,
# "river", the Photos tab) and dragged onto its second paragraph.
xdotool key ctrl+2 Home Down Down Down; sleep 1
xdotool key ctrl+f; xdotool type --delay 60 "river"; sleep 1
xdotool mousemove 128 208 click 1; shot 20a-photo-found
xdotool mousemove $GRID_X $GRID_Y; sleep 0.3; xdotool mousedown 1
for step in $(seq 1 12); do
  xdotool mousemove $((GRID_X + (TEXT_X - GRID_X) * step / 12)) $((GRID_Y + (TEXT_Y - GRID_Y) * step / 12)); sleep 0.08
done
shot 20b-dragging 0.5
xdotool mouseup 1; shot 20c-dropped 4

# The outline reordered by keyboard: the first story one place down (Alt+Down).
xdotool key ctrl+2 Home Down Down; sleep 0.5
xdotool key alt+Down; shot 21-reordered 3
xdotool key ctrl+2 Menu; shot 22-outline-context-menu
xdotool key Escape

# Export: File › Export… (Ctrl+E), Enter on Export PDF.
xdotool key ctrl+e; shot 23-export-dialog 2
xdotool key Return; shot 24-exported 15
PDF=$(ls "$HOME"/*.pdf "$HOME"/*/*.pdf 2>/dev/null | head -1)
xdotool key Escape
sleep 1
kill $APP; kill $WM
[ -s "$PDF" ] || { echo "no PDF was exported"; exit 1; }
echo "exported: $PDF"
