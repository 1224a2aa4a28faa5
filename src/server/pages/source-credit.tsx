/**
 * Where a seeded service's texts came from, version by version, with the credit the archive's
 * licence (ODC-BY 1.0) asks for. Nothing for services that were imported or pasted.
 */
import type { SeedSources } from "../seed-sources.ts";
import { formatDate } from "./layout.tsx";

export function SourceCredit({ slug, sources }: { slug: string; sources: SeedSources }) {
  const versions = sources.of(slug);
  const archive = sources.archive;
  if (versions.length === 0 || !archive) return null;
  const attributions = [...new Set(versions.map((v) => v.attribution))];
  return (
    <section aria-labelledby="source">
      <h2 id="source">Where these texts come from</h2>
      <p class="small">
        Captured by <a href={archive.url}>{archive.name}</a> ({attributions.join("; ")}), licensed under the{" "}
        <a href={archive.licenceUrl}>{archive.licence}</a>; the texts belong to the service. Counterweight
        analysed them with its current model.
      </p>
      <ul class="plain-list small">
        {versions.map((v) => (
          <li>
            {v.documentType}, captured {formatDate(`${v.capturedAt}T00:00:00Z`)}:{" "}
            <a href={v.url}>the archived text</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
