/** The report's only stylesheet, inlined so the HTML file is self-contained (no external requests). */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --bg: #fbfbf9; --card: #ffffff;
  --clear: #b42318; --clear-bg: #fde7e4; --potential: #9a6700; --potential-bg: #fff4cc; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.top { display: flex; gap: 1.25rem; align-items: flex-start; }
.badge { flex: none; width: 5.5rem; height: 5.5rem; border-radius: 1rem; color: #fff; display: flex;
  flex-direction: column; align-items: center; justify-content: center; font-weight: 700; line-height: 1; }
.badge .letter { font-size: 3rem; }
.badge .label { font-size: .7rem; letter-spacing: .08em; text-transform: uppercase; margin-top: .25rem; opacity: .9; }
.grade-A { background: #1a7f37; } .grade-B { background: #4b8b1f; } .grade-C { background: #a86b00; }
.grade-D { background: #c4470b; } .grade-E { background: #b42318; }
.lede { color: var(--ink); margin: 0; font-size: 1.05rem; }
.lede.small { color: var(--muted); font-size: .9rem; margin-top: .4rem; }
.toc { margin: 1.25rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem 1.25rem; font-size: .95rem; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .75rem; margin: 1.25rem 0 0; }
.fact { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .7rem .85rem; }
.fact b { display: block; font-size: 1.35rem; }
.fact span { color: var(--muted); font-size: .85rem; }
.reasons li { margin: .25rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; }
.recourse-kept { color: #1a7f37; font-weight: 600; } .recourse-limited { color: var(--potential); font-weight: 600; }
.recourse-removed { color: var(--clear); font-weight: 600; }
.context { background: var(--card); border-left: 4px solid var(--accent); padding: .6rem .9rem; margin: 1.5rem 0 0; }
.finding-card { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--potential);
  border-radius: .6rem; margin: 0 0 .9rem; padding: 0; }
.finding-card.level-3 { border-left-color: var(--clear); }
.finding-card:target { outline: 3px solid var(--accent); outline-offset: 2px; }
.finding-card summary { cursor: pointer; padding: .75rem 1rem; list-style: none; }
.finding-card summary::-webkit-details-marker { display: none; }
.finding-card summary::after { content: "show"; float: right; color: var(--accent); font-size: .85rem; margin-left: .5rem; }
.finding-card[open] summary::after { content: "hide"; }
.finding-card summary h3 { display: inline; margin: 0; font-size: 1.02rem; }
.finding-card .body { padding: 0 1rem .9rem; }
.tag { display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .05em; text-transform: uppercase;
  border-radius: .3rem; padding: .1rem .4rem; margin-right: .4rem; vertical-align: .1em; }
.tag.level-3 { background: var(--clear-bg); color: var(--clear); }
.tag.level-2 { background: var(--potential-bg); color: var(--potential); }
.tag.provided { background: #e6f4ea; color: #1e6b34; }
.safeguards { list-style: none; padding: 0; }
.safeguard { margin: .8rem 0; }
.where { color: var(--muted); font-size: .88rem; margin: .2rem 0 .6rem; overflow-wrap: anywhere; }
blockquote { margin: .5rem 0 .9rem; padding: .5rem .9rem; background: #f6f8fa; border-radius: .4rem;
  font-family: Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
dl { margin: 0; } dt { font-weight: 700; margin-top: .6rem; } dd { margin: .1rem 0 0; }
.power { border-left: 3px solid #6b5bd2; padding: .2rem .8rem; margin: .4rem 0; }
.circ { display: inline-block; font-size: .8rem; border-radius: 1rem; padding: .05rem .55rem; margin: .15rem .3rem 0 0;
  border: 1px solid var(--line); }
.circ.worse { background: var(--clear-bg); border-color: #f4b8b0; } .circ.milder { background: #e6f4ea; border-color: #a8d5b5; }
.doc { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: 1rem 1.1rem;
  white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1rem; }
mark.finding { background: var(--potential-bg); color: inherit; border-radius: .15rem; padding: 0 .1rem; }
mark.finding.level-3 { background: var(--clear-bg); }
mark.finding mark.finding { box-shadow: inset 0 -2px 0 var(--clear); }
mark.finding:target { outline: 3px solid var(--accent); }
mark.finding, .finding-card { scroll-margin-top: 3rem; }
a.ref { font: 700 .68rem system-ui, sans-serif; vertical-align: super; text-decoration: none; margin-right: .15rem; }
.back { font-size: .85rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 1rem; }
@media (max-width: 600px) {
  body { font-size: 16px; }
  main { padding: 1rem .85rem 3rem; }
  .top { gap: .9rem; }
  .badge { width: 4.25rem; height: 4.25rem; border-radius: .8rem; }
  .badge .letter { font-size: 2.3rem; }
  h1 { font-size: 1.3rem; }
  .facts { grid-template-columns: repeat(2, 1fr); }
  th, td { padding: .3rem .3rem; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .toc, .back, a.ref, .finding-card summary::after { display: none; }
  details::details-content { content-visibility: visible; display: block; }
  .finding-card, .fact { break-inside: avoid; }
  .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
