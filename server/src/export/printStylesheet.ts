/**
 * The print view's stylesheet (served at PRINT_STYLESHEET_PATH). Kept as a module rather than a
 * .css file so the compiled server is one file with nothing to find beside it.
 */
export const PRINT_STYLESHEET = `/* The print view of a Visiebord export: readable on screen, clean as a PDF ("Opslaan als PDF"). */
:root {
  color-scheme: light;
  --ink: #1d2430;
  --muted: #5b6472;
  --line: #c9ced6;
  --accent: #1f5f8b;
}
html { font: 11pt/1.5 "Segoe UI", Calibri, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { max-width: 48rem; margin: 2rem auto; padding: 0 1.5rem; }
h1, h2, h3 { line-height: 1.25; color: var(--accent); break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
p { margin: 0 0 0.6rem; }
.muted, .meta, time { color: var(--muted); }
.meta, time { font-size: 0.9em; }
time { font-variant-numeric: tabular-nums; margin-right: 0.4rem; }
.subtitle { font-style: italic; color: var(--muted); }
.facts { list-style: none; padding: 0; margin: 1rem 0; }
.statement { font-size: 1.1rem; border-left: 4px solid var(--accent); padding-left: 1rem; }
ul.notes li, ul.all-notes li { margin-bottom: 0.25rem; break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 0.75rem; break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.print-hint { margin-top: 1rem; padding: 0.5rem 0.75rem; background: #eef2f6; border-radius: 4px; }

@page { size: A4; margin: 18mm 16mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; margin: 0; padding: 0; }
  .print-hint { display: none; }
  .title-page { min-height: 60vh; break-after: page; page-break-after: always; padding-top: 25vh; }
  .appendix { break-before: page; page-break-before: always; }
  th { background: none; font-weight: bold; }
  a { color: inherit; text-decoration: none; }
}
`;
