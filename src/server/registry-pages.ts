/**
 * Rendered registry pages (home, A–Z, sectors, services, search, hubs), kept until the registry
 * changes. With hundreds of real services a page costs milliseconds of rendering, and a server
 * under load would queue every request behind that; a page served from here costs a map lookup.
 *
 * A page is keyed by the store's revision, asked for on every request (one small indexed query): a
 * write through this app or by another process (an import, a worker on another machine) shows at
 * once, and nothing stale is ever served.
 */
import { utf8Bytes } from "../core/index.ts";
import type { Store } from "../store/index.ts";
import { LruCache } from "./stored-reports.ts";

export interface RegistryPages {
  /** The page for `key` under the registry's current revision, rendered at most once while it stays cached. */
  page(key: string, render: () => Promise<string>): Promise<Uint8Array<ArrayBuffer>>;
}

export function registryPages(store: Store, capacity = 256): RegistryPages {
  const pages = new LruCache<Uint8Array<ArrayBuffer>>(capacity);
  return {
    async page(key, render) {
      const fullKey = `${await store.revision()}|${key}`;
      const cached = pages.get(fullKey);
      if (cached !== undefined) return cached;
      const html = utf8Bytes(await render());
      pages.set(fullKey, html);
      return html;
    },
  };
}
