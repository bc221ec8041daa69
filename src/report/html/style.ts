// The report's style sheet. Stance colours are those of the legend; a cell's mark for limits is
// a dark corner, a mixed cell is split between support and oppose.
export const STYLE = `
:root { --support: #1a9850; --limited: #f0a030; --oppose: #d73027; --neutral: #c8c8c8; --ink: #1d1d1f; --muted: #6b6b70; --line: #e2e2e6; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fafafa; }
header { padding: 16px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 20px; }
h2 { margin: 0 0 6px; font-size: 17px; }
h3 { margin: 14px 0 6px; font-size: 14px; color: var(--muted); }
.sub, .meta, .kind, .empty, #diff-note { color: var(--muted); }
main { padding: 16px 24px; }
.top { display: grid; grid-template-columns: minmax(0, 1fr) minmax(300px, 38%); gap: 16px; margin-bottom: 16px; }
main > section { margin-bottom: 16px; }
section, aside { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; min-width: 0; }
#evidence-panel { position: sticky; top: 12px; align-self: start; max-height: calc(100vh - 24px); overflow: auto; }
.controls { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; margin-bottom: 10px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
.legend.marks { margin: 0 0 10px; padding-bottom: 8px; border-bottom: 1px solid var(--line); font-size: 12px; }
.legend .sw { display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px; margin-right: 4px; }
.s-support { background: var(--support); color: #fff; }
.s-limited { background: var(--limited); color: #1d1d1f; }
.s-oppose { background: var(--oppose); color: #fff; }
.s-neutral { background: var(--neutral); color: #1d1d1f; }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; line-height: 18px; }
#grid { position: relative; overflow: auto; max-height: 70vh; border: 1px solid var(--line); background: #fff; }
.g-head, .g-row { position: relative; }
.g-head { height: 120px; position: sticky; top: 0; z-index: 3; background: #fff; border-bottom: 1px solid var(--line); }
.g-corner { position: sticky; left: 0; z-index: 4; width: 220px; height: 120px; padding: 6px 8px; background: #fff; color: var(--muted); font-size: 12px; display: flex; align-items: flex-end; }
.g-col { position: absolute; bottom: 0; height: 120px; padding: 4px 0; border: 0; background: none; font: inherit; font-size: 11px; color: var(--muted);
  writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: pointer; text-align: left; }
.g-col:hover { color: var(--ink); background: #f0f0f3; }
.g-row { height: 26px; border-bottom: 1px solid #f0f0f3; }
.g-name { position: sticky; left: 0; z-index: 2; width: 220px; height: 26px; display: flex; justify-content: space-between; gap: 6px; align-items: center;
  padding: 0 8px; border: 0; border-right: 1px solid var(--line); background: #fff; font: inherit; text-align: left; cursor: pointer; }
.g-who { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.g-n { color: var(--muted); font-size: 12px; }
.g-cell { position: absolute; top: 2px; width: calc(var(--cell, 30px) - 4px); height: 21px; margin-left: 2px; border: 0; border-radius: 3px; font-size: 11px; padding: 0; cursor: pointer; overflow: hidden; }
.legend .sw.limited-by { position: relative; }
.g-cell.mixed, .sw.mixed { background: linear-gradient(135deg, var(--support) 0 50%, var(--oppose) 50% 100%); color: #fff; }
.limited-by::after { content: ""; position: absolute; right: 0; top: 0; border-style: solid; border-width: 0 8px 8px 0; border-color: transparent #1d1d1f transparent transparent; }
.g-cell:hover, .g-cell:focus-visible { outline: 2px solid var(--ink); outline-offset: 0; }
.g-cell.selected { outline: 3px solid #2962ff; }
.many .g-cell { --cell: 18px; font-size: 0; }
.many .g-col { font-size: 9px; }
#grid-more, #summary-more { margin-top: 8px; color: var(--muted); }
button.more, button.link { border: 0; background: none; color: #2962ff; cursor: pointer; font: inherit; padding: 0; text-align: left; }
button.more { text-decoration: underline; }
.sentences { padding-left: 18px; }
.sentence { margin: 0 0 10px; }
.where { display: block; font: 12px ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
mark { border-radius: 2px; padding: 0 1px; }
mark.m-speaker { background: #cfe0ff; box-shadow: inset 0 -2px #2962ff; color: inherit; }
mark.m-other { background: #e6e6ee; color: inherit; }
mark.m-cue { background: #ffe680; color: inherit; font-weight: 600; }
mark.m-limit { background: #ead7ff; box-shadow: inset 0 -2px #7b2cbf; color: inherit; }
mark.m-stance { background: none; text-decoration: underline wavy #888; color: inherit; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #f0f0f3; vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
td.num { text-align: right; }
.bar .seg { display: inline-block; height: 12px; vertical-align: -1px; }
tr.d-conflict .status { color: var(--oppose); font-weight: 700; }
tr.d-changed .status { color: #b26a00; font-weight: 600; }
tr.d-same { color: var(--muted); }
.failed { color: var(--oppose); }
footer { padding: 0 24px 24px; color: var(--muted); font-size: 12px; }
@media (max-width: 900px) { .top { grid-template-columns: 1fr; } #evidence-panel { position: static; max-height: none; } }
`;
