/** How the judgement works, how accurate it is, what it cannot do, and whose data it learnt from. */
import { BEYOND_CODES, CATEGORY_CODES, CATEGORY_NAMES } from "../../core/index.ts";
import type { FiguresTable } from "../model-figures.ts";
import { Layout } from "./layout.tsx";

export function MethodPage({ figures }: { figures: FiguresTable | undefined }) {
  return (
    <Layout title="How it works" path="/method">
      <h1>How Counterweight judges an agreement</h1>
      <section aria-labelledby="steps">
        <h2 id="steps">From text to grade</h2>
        <ol>
          <li>
            The agreement is read (PDF, Word, HTML, Markdown or text) and split into headings, clauses and
            sentences.
          </li>
          <li>
            A small statistical model, trained on agreements annotated by legal experts, scores every sentence
            for nine kinds of one-sided clause: {CATEGORY_CODES.map((c) => CATEGORY_NAMES[c]).join(", ")}.
            {BEYOND_CODES.length} more are read from their definitions' wording, since no expert corpus covers
            them: {BEYOND_CODES.map((c) => CATEGORY_NAMES[c].toLowerCase()).join(", ")}.
          </li>
          <li>
            For an agreement read by a business or a worker (developer, seller, creator terms), the report
            checks the seven safeguards Regulation (EU) 2019/1150 requires of platforms towards the businesses
            that use them (notice of changes, grounds and reasons for suspension, a complaint system, named
            mediators, ranking parameters, access to data), quotes the sentence that provides each, and counts
            a missing one in the grade. It is a reading aid measured against that regulation, not legal
            advice.
          </li>
          <li>
            Each flagged clause is marked potentially or clearly unfair, with the words that drove the
            decision, and circumstances that make it worse (for any reason, without notice) or milder.
          </li>
          <li>
            Points add up to a grade from A (balanced) to E (heavily one-sided). Your situation changes the
            weight: a clause weighs more in a take-it-or-leave-it agreement with no alternatives than in one
            negotiated between equals.
          </li>
          <li>
            For every clause the report shows how parties of equal strength usually write that term, and what
            route to a court or regulator remains.
          </li>
        </ol>
      </section>
      <section aria-labelledby="accuracy">
        <h2 id="accuracy">Accuracy</h2>
        {figures ? (
          <>
            <p>
              Measured by five-fold cross-validation over whole documents of the expert-annotated corpus (
              {figures.heading}).
            </p>
            <div class="table-scroll" tabindex={0} role="region" aria-label="Accuracy table">
              <table class="figures-table">
                <thead>
                  <tr>
                    {figures.header.map((h) => (
                      <th scope="col">{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {figures.rows.map((row) => (
                    <tr>{row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p>The accuracy figures are published with the model in docs/model.md.</p>
        )}
      </section>
      <section aria-labelledby="limits">
        <h2 id="limits">Limits</h2>
        <ul>
          <li>
            It is an aid to reading, not legal advice; whether a clause is enforceable depends on the law
            where you live.
          </li>
          <li>
            The model learnt from 50 English consumer terms of service; other kinds of agreement and languages
            are read less well.
          </li>
          <li>
            It misses some clauses and flags some fair ones; the accuracy table says how often, per clause
            type.
          </li>
          <li>
            A clause that looks fair can still be used unfairly; what a provider does is not in its terms.
          </li>
        </ul>
      </section>
      <section aria-labelledby="data">
        <h2 id="data">Data credit</h2>
        <ul>
          <li>
            Annotated terms of service: Galassi, Lagioia, Jabłonowska, Lippi, “Unfair clause detection in
            terms of service across multiple languages”, Artificial Intelligence and Law, 2024 — licensed CC
            BY 4.0; extends the CLAUDETTE corpus (Lippi et al. 2019).
          </li>
          <li>
            Legal rationales: Ruggeri, Lagioia, Lippi, Torroni, “Detecting and explaining unfairness in
            consumer contracts through memory networks”, Artificial Intelligence and Law, 2021 — licensed MIT.
          </li>
          <li>
            The real agreements the registry starts with, and their versions:{" "}
            <a href="https://opentermsarchive.org">Open Terms Archive</a>, from its databases contrib-versions
            (“Open Terms Archive contributors”) and pga-versions (“Platform Governance Archive (PGA) v2,
            Katzenbach et al. 2023”, doi:10.26092/elib/2373) — licensed under the{" "}
            <a href="https://opendatacommons.org/licenses/by/1-0/">
              Open Data Commons Attribution License 1.0
            </a>
            . The texts belong to their services; each seeded service's page links every version to the
            archived file it was taken from. Counterweight analyses them with its own model; the archive does
            not endorse the grades.
          </li>
        </ul>
      </section>
    </Layout>
  );
}
