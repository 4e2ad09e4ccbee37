import type { GetDataType, GetReturnType, MaybePromise } from '@webext-core/messaging';
import type { z } from 'zod';
import type { ProtocolMap } from '../messages';
import { MESSAGE_POLICY } from './policy';
import { classifySender, type MessageSenderLike, type Self, type Sender } from './senders';

export interface GuardedMessage<K extends keyof ProtocolMap> {
  /** The payload as its schema parsed it. */
  data: GetDataType<ProtocolMap[K]>;
  /** The sender as the browser reports it, classified. */
  from: Sender;
}

export type GuardedHandler<K extends keyof ProtocolMap> = (
  message: GuardedMessage<K>,
) => MaybePromise<GetReturnType<ProtocolMap[K]>>;

/** Thrown (and sent back to the caller as the error) when a message is refused. */
export class MessageRefused extends Error {
  override name = 'MessageRefused';
}

const SENDER_NAMES = {
  'content-script': 'a content script',
  sidebar: 'the sidebar frame',
  'extension-page': "the extension's pages",
} as const;

/** Checks a message against its sender policy and payload schema; throws MessageRefused. */
export function acceptMessage<K extends keyof ProtocolMap>(
  type: K,
  data: unknown,
  sender: MessageSenderLike | undefined,
  self: Self,
): GuardedMessage<K> {
  const rule = MESSAGE_POLICY[type];
  if (!rule) throw new MessageRefused(`Vacancy Fit refused "${String(type)}": no such message.`);
  const from = classifySender(sender, self);
  if (!from || !rule.from.includes(from.kind)) {
    throw new MessageRefused(
      `Vacancy Fit refused "${type}" from ${from ? SENDER_NAMES[from.kind] : 'an unknown sender'}: only ${rule.from.map((kind) => SENDER_NAMES[kind]).join(' or ')} may send it.`,
    );
  }
  const parsed = rule.payload.safeParse(data);
  if (!parsed.success) {
    throw new MessageRefused(`Vacancy Fit refused "${type}": ${describeIssues(parsed.error)}.`);
  }
  return { data: parsed.data as GetDataType<ProtocolMap[K]>, from };
}

/** "items[0].url: must be …; answer.note: Too big: …" — one line per refusal. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
        .join('');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** This extension as the browser names it to message receivers. */
export function currentSelf(): Self {
  return { id: browser.runtime.id, origins: [browser.runtime.getURL('/').replace(/\/$/, '')] };
}

export function guardHandler<K extends keyof ProtocolMap>(type: K, handler: GuardedHandler<K>) {
  return (message: { data: unknown; sender?: MessageSenderLike }) =>
    handler(acceptMessage(type, message.data, message.sender, currentSelf()));
}
