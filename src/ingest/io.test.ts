import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile, ingestStdin, listInputFiles } from "./index.ts";
import { makePdf } from "./testing/index.ts";

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "counterweight-ingest-"));
  await mkdir(join(folder, "sub", "deeper"), { recursive: true });
  await mkdir(join(folder, ".hidden"));
  await mkdir(join(folder, "node_modules"));
  await writeFile(join(folder, "b.txt"), "Terms B.");
  await writeFile(join(folder, "a.md"), "# Terms A");
  await writeFile(join(folder, "README"), "No extension.");
  await writeFile(join(folder, "photo.png"), "not listed");
  await writeFile(join(folder, ".secret.txt"), "hidden file");
  await writeFile(join(folder, ".hidden", "x.txt"), "hidden folder");
  await writeFile(join(folder, "node_modules", "y.txt"), "dependency");
  await writeFile(join(folder, "sub", "c.PDF"), makePdf([["Terms C."]]));
  await writeFile(join(folder, "sub", "deeper", "d.html"), "<p>Terms D.</p>");
  await symlink(join(folder, "sub"), join(folder, "loop")); // a link to a folder is not followed
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("listInputFiles", () => {
  it("lists readable files recursively and sorted, skipping hidden, node_modules and other types", async () => {
    const files = await listInputFiles(folder);
    expect(files.map((file) => file.slice(folder.length + 1))).toEqual([
      "README",
      "a.md",
      "b.txt",
      join("sub", "c.PDF"),
      join("sub", "deeper", "d.html"),
    ]);
  });

  it("reports a missing folder and a file given as a folder", async () => {
    await expect(listInputFiles(join(folder, "nope"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listInputFiles(join(folder, "b.txt"))).rejects.toMatchObject({ code: "USAGE" });
  });
});

describe("ingestFile", () => {
  it("reads a file by content, named by its path", async () => {
    const doc = await ingestFile(join(folder, "sub", "c.PDF"));
    expect(doc).toMatchObject({ name: join(folder, "sub", "c.PDF"), format: "pdf", text: "Terms C." });
  });

  it("checks the size before reading", async () => {
    const big = join(folder, "big.pdf");
    await writeFile(big, "");
    await truncate(big, 143 * 1024 * 1024); // sparse: nothing is written, nothing must be read
    await expect(ingestFile(big)).rejects.toThrow(
      `${big}: the file is 143 MB; the limit is 20 MB, raise it with --max-bytes`,
    );
    await rm(big);
  });

  it("reports missing files and folders given as files", async () => {
    await expect(ingestFile(join(folder, "missing.txt"))).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringMatching(/missing\.txt: no such file/),
    });
    await expect(ingestFile(folder)).rejects.toMatchObject({ code: "USAGE" });
  });
});

describe("ingestStdin", () => {
  it("reads a stream named stdin", async () => {
    const doc = await ingestStdin(Readable.from([Buffer.from("We may "), Buffer.from("end it.")]));
    expect(doc).toMatchObject({ name: "stdin", text: "We may end it." });
  });

  it("stops reading once the stream passes the limit", async () => {
    let produced = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          produced++;
          yield Buffer.alloc(1024, 0x61);
        }
      })(),
    );
    await expect(ingestStdin(endless, { limits: { maxBytes: 10 * 1024 } })).rejects.toThrow(
      "stdin: the input is over the 10 KB limit; raise it with --max-bytes",
    );
    expect(produced).toBeLessThan(30);
  });
});
