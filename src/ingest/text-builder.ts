/**
 * Accumulates extracted text and the blocks it falls into. Readers call `text()` for content and
 * `paragraphBreak()` / `lineBreak()` at structure; each stretch of text between paragraph breaks
 * becomes one block, a heading or list item when it sits inside one, else a paragraph.
 */
import type { Block } from "../core/index.ts";

export interface BlockContext {
  kind: "heading" | "list-item";
  level?: number;
}

export class TextBuilder {
  /** While above zero, whitespace in text is kept as written (`<pre>`). */
  preformatted = 0;
  private readonly parts: string[] = [];
  private length = 0;
  private readonly contexts: BlockContext[] = [];
  private readonly blocks: Block[] = [];
  private run: Block | undefined;
  private pendingBreak: 0 | 1 | 2 = 0;
  private pendingSpace = false;

  pushContext(context: BlockContext): void {
    this.contexts.push(context);
  }

  popContext(): void {
    this.contexts.pop();
  }

  /** Ends the current block; the next text starts a new one after a blank line. */
  paragraphBreak(): void {
    this.closeRun();
    this.pendingBreak = 2;
  }

  /** A line break inside the current block. */
  lineBreak(): void {
    if (this.pendingBreak === 0) this.pendingBreak = 1;
  }

  /** A word separator (between table cells, for example). */
  space(): void {
    this.pendingSpace = true;
  }

  /** Appends content, collapsing whitespace as HTML renders it unless preformatted. */
  text(raw: string): void {
    let content = raw;
    let trailingSpace = false;
    if (this.preformatted === 0) {
      content = content.replace(/[ \t\n\r\f]+/g, " ");
      if (content.startsWith(" ")) {
        this.pendingSpace = true;
        content = content.slice(1);
      }
      if (content.endsWith(" ")) {
        trailingSpace = true;
        content = content.slice(0, -1);
      }
    }
    if (content.length === 0) return;
    if (this.length > 0) {
      if (this.pendingBreak === 2) this.append("\n\n");
      else if (this.pendingBreak === 1) this.append("\n");
      else if (this.pendingSpace) this.append(" ");
    }
    this.pendingBreak = 0;
    this.pendingSpace = trailingSpace;
    if (!this.run) {
      const context = this.contexts[this.contexts.length - 1];
      this.run = { kind: context?.kind ?? "paragraph", start: this.length, end: this.length };
      if (context?.level !== undefined) this.run.level = context.level;
    }
    this.append(content);
  }

  /** The text built so far and its blocks (offsets into that text). */
  finish(): { text: string; blocks: Block[] } {
    this.closeRun();
    return { text: this.parts.join(""), blocks: this.blocks };
  }

  private append(content: string): void {
    this.parts.push(content);
    this.length += content.length;
  }

  private closeRun(): void {
    if (this.run && this.length > this.run.start) {
      this.run.end = this.length;
      this.blocks.push(this.run);
    }
    this.run = undefined;
  }
}
