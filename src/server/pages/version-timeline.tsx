/**
 * A document's versions as a timeline on the service page: when each was captured, its grade and
 * findings count, a link to that version's report and, from the second version on, to what changed.
 * A table, so it reads in order on a screen reader; on a phone it scrolls inside its own box.
 */
import type { VersionSummary } from "../../store/index.ts";
import { changesPath, versionPath } from "../version-history.ts";
import { GradeBadge, formatDate, reportPath } from "./layout.tsx";

export interface VersionTimelineProps {
  serviceSlug: string;
  documentType: string;
  /** Newest first, as the store lists them. */
  versions: readonly VersionSummary[];
}

export function VersionTimeline({ serviceSlug, documentType, versions }: VersionTimelineProps) {
  return (
    <div class="table-scroll timeline-scroll">
      <table class="history timeline">
        <caption>Grade history: every captured version, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Captured</th>
            <th scope="col">Grade</th>
            <th scope="col">One-sided clauses</th>
            <th scope="col">Report</th>
            <th scope="col">Compared with the version before</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version, index) => {
            const previous = versions[index + 1];
            const report =
              index === 0
                ? reportPath(serviceSlug, documentType)
                : versionPath(serviceSlug, documentType, version.id);
            return (
              <tr>
                <td>
                  <time datetime={version.capturedAt}>{formatDate(version.capturedAt)}</time>
                </td>
                <td>
                  <GradeBadge grade={version.grade} />
                  {previous && previous.grade !== version.grade && (
                    <span class="muted"> (was {previous.grade})</span>
                  )}
                </td>
                <td>{version.findingsCount}</td>
                <td>
                  <a href={report}>{index === 0 ? "Current report" : "Report"}</a>
                </td>
                <td>
                  {previous ? (
                    <a href={changesPath(serviceSlug, documentType, previous.id, version.id)}>What changed</a>
                  ) : (
                    <span class="muted">First capture</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
