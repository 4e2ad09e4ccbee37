import WebSocket from 'ws';
import type { Commands, Events, RemoteValue } from './protocol';

type Message =
  | { type: 'success'; id: number; result: unknown }
  | { type: 'error'; id: number; error: string; message: string }
  | { type: 'event'; method: string; params: unknown };

/** A WebDriver BiDi connection: typed commands that resolve with their result, typed events. */
export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }
  >();
  private readonly listeners = new Map<string, Set<(params: never) => void>>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as Message));
    socket.on('close', () => {
      for (const { reject, method } of this.pending.values()) {
        reject(new Error(`BiDi connection closed before ${method} answered`));
      }
      this.pending.clear();
    });
  }

  static connect(url: string): Promise<BidiClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      socket.once('open', () => resolve(new BidiClient(socket)));
      socket.once('error', reject);
    });
  }

  send<M extends keyof Commands>(method: M, params: Commands[M]['params']): Promise<Commands[M]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on<E extends keyof Events>(event: E, listener: (params: Events[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as (params: never) => void);
    return () => set.delete(listener as (params: never) => void);
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Message): void {
    if (message.type === 'event') {
      for (const listener of this.listeners.get(message.method) ?? []) {
        (listener as (params: unknown) => void)(message.params);
      }
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'success') waiting.resolve(message.result);
    else waiting.reject(new Error(`${waiting.method}: ${message.error}: ${message.message}`));
  }
}

/** A serialised BiDi value as plain JSON (objects, arrays and primitives; nodes as their sharedId). */
export function fromRemote(value: RemoteValue): unknown {
  switch (value.type) {
    case 'undefined':
    case 'null':
      return value.type === 'null' ? null : undefined;
    case 'string':
    case 'boolean':
      return value.value;
    case 'number':
      return typeof value.value === 'number' ? value.value : Number(value.value);
    case 'array':
      return ((value.value as RemoteValue[] | undefined) ?? []).map(fromRemote);
    case 'object':
      return Object.fromEntries(
        ((value.value as [string | RemoteValue, RemoteValue][] | undefined) ?? []).map(([k, v]) => [
          typeof k === 'string' ? k : String(fromRemote(k)),
          fromRemote(v),
        ]),
      );
    default:
      return (value as { sharedId?: string }).sharedId ?? value.type;
  }
}
