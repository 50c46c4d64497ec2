/**
 * Where the CLI writes its output. Writes wait for the stream to drain when its buffer is full
 * (backpressure), so a long listing never piles up in memory; a closed pipe (`| head`) ends
 * output quietly instead of crashing.
 */
export interface TextSink {
  write(text: string): Promise<void>;
  /** True once the reader went away (EPIPE): callers can stop producing. */
  readonly closed: boolean;
}

export class StreamSink implements TextSink {
  private gone = false;
  private failure: Error | undefined;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.gone = true;
      if (error.code !== 'EPIPE') this.failure = error;
    });
  }

  get closed(): boolean {
    return this.gone;
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw new Error(`cannot write output: ${this.failure.message}`);
    if (this.gone || text === '') return;
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }
}

/** Collects lines and hands them to a sink in chunks: one write per `flush()` or per 64 KB. */
export class LineBuffer {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly sink: TextSink,
    private readonly chunkSize = 64 * 1024,
  ) {}

  async line(text: string): Promise<void> {
    this.parts.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.sink.write(chunk);
  }
}
