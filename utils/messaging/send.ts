import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../messages';

/*
 * The messenger on its own, so the content script (which only sends) bundles neither zod nor the
 * sender policy that utils/messages.ts puts in front of every handler.
 */
export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messaging;
