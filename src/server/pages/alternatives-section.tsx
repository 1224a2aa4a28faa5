/**
 * "Your alternatives" on a service page: the sector's other services with their grades and which of
 * this service's one-sided clauses each leaves out, then the numbers behind "no real choice".
 */
import { CATEGORY_NAMES } from "../../core/index.ts";
import type { SectorAlternatives } from "../alternatives.ts";
import { NO_REAL_CHOICE_SHARE } from "../related.ts";
import { GradeBadge } from "./layout.tsx";

/** Rows shown on the service page; the sector page compares all of them. */
const SHOWN = 12;

export function AlternativesSection({
  name,
  found,
}: {
  name: string;
  found: SectorAlternatives | undefined;
}) {
  if (!found) {
    return (
      <section aria-labelledby="alternatives">
        <h2 id="alternatives">Your alternatives</h2>
        <p class="muted">This service has no sector yet, so there is nothing to compare it with.</p>
      </section>
    );
  }
  const { sector, sectorSlug, total, alternatives, clauses } = found;
  const percent = Math.round(NO_REAL_CHOICE_SHARE * 100);
  return (
    <section aria-labelledby="alternatives">
      <h2 id="alternatives">Your alternatives</h2>
      {alternatives.length === 0 ? (
        <p class="muted">
          No other service of <a href={`/sectors/${sectorSlug}`}>{sector}</a> is in the registry yet.
        </p>
      ) : (
        <>
          <p>
            The {alternatives.length} other {alternatives.length === 1 ? "service" : "services"} of{" "}
            <a href={`/sectors/${sectorSlug}`}>{sector}</a>, those that leave out most of {name}'s one-sided
            clauses first.
          </p>
          <div class="table-scroll">
            <table class="history alternatives">
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Grade</th>
                  <th scope="col">Leaves out of {name}'s one-sided clauses</th>
                </tr>
              </thead>
              <tbody>
                {alternatives.slice(0, SHOWN).map(({ profile, lacks }) => (
                  <tr>
                    <th scope="row">
                      <a href={`/services/${profile.serviceSlug}`}>{profile.serviceName}</a>
                    </th>
                    <td>
                      <GradeBadge grade={profile.grade} />
                    </td>
                    <td>
                      {clauses.length === 0 ? (
                        <span class="muted">{name} imposes none</span>
                      ) : lacks.length === 0 ? (
                        <span class="muted">none: it carries every one of them</span>
                      ) : (
                        lacks.map((code) => CATEGORY_NAMES[code]).join(", ")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {alternatives.length > SHOWN && (
            <p class="small">
              <a href={`/sectors/${sectorSlug}`}>
                Compare all {total} services of {sector} clause type by clause type
              </a>
            </p>
          )}
        </>
      )}
      {clauses.length > 0 && total >= 2 && (
        <div class="callout" id="no-real-choice">
          <h3>Is there a real choice?</h3>
          <p>
            For each type of one-sided clause {name} imposes: how many of the {total} services of {sector},{" "}
            {name} included, carry it. When {percent} % or more of them do, switching provider does not avoid
            it: there is no real choice.
          </p>
          <ul>
            {clauses.map((row) => (
              <li data-category={row.category} data-carrying={row.carrying} data-total={row.total}>
                <a href={`/categories/${row.category}`}>{CATEGORY_NAMES[row.category]}</a>: {row.carrying} of{" "}
                {row.total} services ({Math.round(row.share * 100)} %)
                {row.noRealChoice ? <strong> — no real choice</strong> : " — some alternatives leave it out"}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
