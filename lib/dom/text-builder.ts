/**
 * Builds an article's plain text from DOM text nodes (whitespace collapsed, blocks separated by
 * "\n\n") while remembering where every character came from, so that offsets the engine returns
 * can be turned back into DOM ranges for highlighting.
 */

/**
 * A stretch of the extracted text that comes from one Text node, character for character:
 * text offset `start + i` is `node.data` offset `nodeOffset + i`, for i < end - start.
 * (A collapsed whitespace run maps to the run's first character.)
 */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  nodeOffset: number;
}

/** Elements that start a new paragraph in the text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead',
  'tr', 'ul',
]);

/** Deeper nesting than this is not walked (guards the recursion on pathological pages). */
const MAX_WALK_DEPTH = 120;

const WHITESPACE_OR_WORD = /\s+|\S+/g;
const WHITESPACE = /\s/;

export class TextBuilder {
  segments: TextSegment[] = [];
  private pendingBreak = false;
  /** Text pieces, joined on demand: reading the end of a growing string would flatten it
   *  on every append and make the walk quadratic. */
  private pieces: string[] = [];
  private size = 0;
  private lastChar = '';

  constructor(private readonly maxChars: number) {}

  get text(): string {
    if (this.pieces.length > 1) this.pieces = [this.pieces.join('')];
    return this.pieces[0] ?? '';
  }

  get length(): number {
    return this.size;
  }

  get full(): boolean {
    return this.size >= this.maxChars;
  }

  /** Ends the current paragraph: the next text starts after "\n\n". */
  breakParagraph(): void {
    this.pendingBreak = true;
  }

  /** Appends the text under `root`, skipping subtrees for which `skip` returns true. */
  appendElement(root: Element, skip: (el: Element) => boolean): void {
    this.walk(root, skip, 0);
  }

  private walk(el: Element, skip: (el: Element) => boolean, depth: number): void {
    if (depth > MAX_WALK_DEPTH) return;
    const isBlock = BLOCK_TAGS.has(el.localName);
    if (isBlock) this.pendingBreak = true;
    for (let child = el.firstChild; child && !this.full; child = child.nextSibling) {
      if (child.nodeType === 3) this.appendTextNode(child as Text);
      else if (child.nodeType === 1 && !skip(child as Element)) this.walk(child as Element, skip, depth + 1);
    }
    if (isBlock) this.pendingBreak = true;
  }

  private appendTextNode(node: Text): void {
    const data = node.data;
    WHITESPACE_OR_WORD.lastIndex = 0;
    for (let match = WHITESPACE_OR_WORD.exec(data); match && !this.full; match = WHITESPACE_OR_WORD.exec(data)) {
      const run = match[0];
      if (WHITESPACE.test(run[0]!)) {
        // Collapse to one space, and none at a paragraph's start or after another space.
        if (this.size === 0 || this.pendingBreak || this.lastChar === ' ' || this.lastChar === '\n') continue;
        this.push(' ', node, match.index);
      } else {
        if (this.pendingBreak && this.size > 0) {
          this.trimTrailingSpace();
          this.append('\n\n');
        }
        this.pendingBreak = false;
        this.push(run.slice(0, this.maxChars - this.size), node, match.index);
      }
    }
  }

  private append(piece: string): void {
    this.pieces.push(piece);
    this.size += piece.length;
    this.lastChar = piece[piece.length - 1] ?? this.lastChar;
  }

  private push(piece: string, node: Text, nodeOffset: number): void {
    const start = this.size;
    this.append(piece);
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === start && last.nodeOffset + (last.end - last.start) === nodeOffset) {
      last.end += piece.length;
    } else {
      this.segments.push({ node, start, end: start + piece.length, nodeOffset });
    }
  }

  /** Drops a trailing space; call once the last text is in. */
  finish(): void {
    this.trimTrailingSpace();
  }

  private trimTrailingSpace(): void {
    if (this.lastChar !== ' ') return;
    const lastPiece = this.pieces.pop() ?? '';
    if (lastPiece.length > 1) this.pieces.push(lastPiece.slice(0, -1));
    this.size -= 1;
    this.lastChar = this.pieces[this.pieces.length - 1]?.slice(-1) ?? '';
    const last = this.segments[this.segments.length - 1];
    if (last && last.end > this.size) {
      last.end = this.size;
      if (last.end <= last.start) this.segments.pop();
    }
  }
}
