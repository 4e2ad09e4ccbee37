import { z } from 'zod';
import { Answer } from '../fit/answers';
import { isPublisherUrl } from '../hosts';
import type { ProtocolMap } from '../messages';
import { WatchDeadline, WatchItem, WatchSaveInput, WatchStatus } from '../watchlist/schema';
import type { SenderKind } from './senders';

/** An https URL on a publisher host: the only kind stored in the watchlist or opened. */
export const PublisherUrl = z
  .string()
  .refine(isPublisherUrl, { message: 'must be an https address on a publisher host (utils/hosts.ts)' });

const Id = z.string().min(1).max(300);
const None = z.undefined();

export const PageMatchPayload = z.strictObject({
  site: z.enum(['eeas', 'isd', 'cilc']),
  title: z.string().max(2_000),
  // A page with its annex inline runs to ~100,000 characters; far beyond that is not a vacancy.
  text: z.string().max(3_000_000),
  // Fetched only on the sender's own host, over https (utils/annex-source.ts checks).
  annexUrl: z.string().max(10_000).nullable().optional(),
});

/**
 * A watchlist patch changes only what the user edits in the popup. The fit, the history, the URL
 * and the ids are the background's to compute; a deadline set by hand is always marked "user".
 */
export const WatchPatchPayload = z.strictObject({
  status: WatchStatus.optional(),
  notes: z.string().max(10_000).optional(),
  deadline: WatchDeadline.extend({ source: z.literal('user') })
    .nullable()
    .optional(),
});

/** For every message: who may send it and what its payload must be. */
type Policy = {
  [K in keyof ProtocolMap]: {
    from: readonly SenderKind[];
    payload: z.ZodType<Parameters<ProtocolMap[K]>[0]>;
  };
};

/*
 * Content scripts may send only what detection needs. Everything that reads or changes the
 * profile, the answers or the watchlist comes from the extension's own pages: the sidebar frame
 * or the popup / options pages.
 */
export const MESSAGE_POLICY: Policy = {
  vacancyDetected: { from: ['content-script'], payload: z.strictObject({ match: PageMatchPayload }) },
  sidebarView: { from: ['sidebar'], payload: None },
  saveVacancy: { from: ['sidebar'], payload: z.strictObject({ positionId: Id.nullable() }) },
  setAnswer: {
    from: ['sidebar', 'extension-page'],
    payload: z.strictObject({ requirementId: Id, answer: Answer.nullable() }),
  },
  openOptions: { from: ['sidebar', 'extension-page'], payload: None },
  getCall: { from: ['sidebar', 'extension-page'], payload: z.strictObject({ callId: Id }) },
  tabVacancy: { from: ['extension-page'], payload: z.strictObject({ url: z.string().max(10_000) }) },
  checkText: {
    from: ['extension-page'],
    // The text of an annex file of at most 20 MB.
    payload: z.strictObject({ text: z.string().max(25_000_000), name: z.string().max(1_000) }),
  },
  postsForYou: { from: ['extension-page'], payload: None },
  'watchlist.save': {
    from: ['extension-page'],
    payload: WatchSaveInput.extend({ url: PublisherUrl }).strict(),
  },
  'watchlist.list': { from: ['extension-page'], payload: None },
  'watchlist.unreadable': { from: ['extension-page'], payload: None },
  'watchlist.get': {
    from: ['sidebar', 'extension-page'],
    payload: z.strictObject({ callId: Id, positionId: Id.nullable() }),
  },
  'watchlist.update': {
    from: ['extension-page'],
    payload: z.strictObject({ id: Id, patch: WatchPatchPayload }),
  },
  'watchlist.remove': { from: ['extension-page'], payload: z.strictObject({ id: Id }) },
  'watchlist.import': {
    from: ['extension-page'],
    payload: z.strictObject({ items: z.array(WatchItem.extend({ url: PublisherUrl })).max(10_000) }),
  },
};
