/** The report page's "what the agreement owes you" block: Regulation (EU) 2019/1150's safeguards. */
import type { Analysis } from "../../assess/index.ts";
import { SAFEGUARDS_NOTE, safeguardViews } from "../../report/index.ts";

export function SafeguardsSection({ analysis }: { analysis: Analysis }) {
  const views = safeguardViews(analysis);
  if (views.length === 0) return null;
  const missing = views.filter((s) => !s.present).length;
  return (
    <section aria-labelledby="safeguards">
      <h2 id="safeguards">What the agreement owes you: {missing} of 7 safeguards missing</h2>
      <p class="context-note">{SAFEGUARDS_NOTE}</p>
      <ul class="safeguards">
        {views.map((s) => (
          <li class={`safeguard ${s.present ? "present" : "missing"}`} id={`safeguard-${s.id}`}>
            <span class={`level-tag ${s.present ? "provided" : "level-2"}`}>
              {s.present ? "provided" : "missing"}
            </span>{" "}
            <strong>{s.title}</strong>
            {s.present ? (
              <blockquote>
                {s.quote} <span class="points">line {s.line}</span>
              </blockquote>
            ) : (
              <dl>
                <dt>Why it matters (+{s.points.toFixed(1)})</dt>
                <dd>{s.explanation}</dd>
                <dt>How equals would write it</dt>
                <dd>{s.counterpart}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
