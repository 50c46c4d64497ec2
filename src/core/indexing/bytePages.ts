/**
 * Bytes appended in pages of a fixed size, for a file written in one go that would otherwise be
 * thousands of small arrays (one write each) or one big copy at the end. A piece bigger than a
 * page gets a page of its own.
 */
export class BytePages {
  private readonly done: Uint8Array[] = [];
  private page: Uint8Array;
  private used = 0;
  private total = 0;

  constructor(private readonly pageBytes = 1 << 20) {
    this.page = new Uint8Array(pageBytes);
  }

  get length(): number {
    return this.total;
  }

  /** `bytes` zeroed bytes at the end, to be filled in by the caller: the page and where they start. */
  reserve(bytes: number): { page: Uint8Array; at: number } {
    if (this.used + bytes > this.page.length) {
      this.closePage();
      this.page = new Uint8Array(Math.max(this.pageBytes, bytes));
    }
    const at = this.used;
    this.used += bytes;
    this.total += bytes;
    return { page: this.page, at };
  }

  append(bytes: Uint8Array): void {
    const { page, at } = this.reserve(bytes.length);
    page.set(bytes, at);
  }

  /** Every byte appended, in pages (views: the pages are not copied). */
  pages(): Uint8Array[] {
    const out = [...this.done];
    if (this.used > 0) out.push(this.page.subarray(0, this.used));
    return out;
  }

  private closePage(): void {
    if (this.used > 0) this.done.push(this.page.subarray(0, this.used));
    this.used = 0;
  }
}
