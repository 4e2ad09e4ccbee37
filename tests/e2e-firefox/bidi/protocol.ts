/**
 * The part of the WebDriver BiDi protocol (https://w3c.github.io/webdriver-bidi/) the Firefox suite
 * uses, typed by command and event name. Only the fields the suite reads or sends are listed.
 */

export type RemoteValue =
  | { type: 'undefined' | 'null' }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number | 'NaN' | '-0' | 'Infinity' | '-Infinity' }
  | { type: 'boolean'; value: boolean }
  | { type: 'array'; value?: RemoteValue[] }
  | { type: 'object'; value?: [string | RemoteValue, RemoteValue][] }
  | { type: 'node'; sharedId?: string; value?: NodeProperties }
  | { type: string; handle?: string; sharedId?: string; value?: unknown };

export interface NodeProperties {
  nodeType: number;
  localName?: string;
  childNodeCount: number;
  shadowRoot?: {
    type: 'node';
    sharedId?: string;
    value?: NodeProperties & { mode?: 'open' | 'closed' };
  } | null;
  mode?: 'open' | 'closed';
}

export type LocalValue =
  | { type: 'undefined' | 'null' }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { sharedId: string };

export type Target = { context: string; sandbox?: string } | { realm: string };

export interface SerializationOptions {
  maxDomDepth?: number | null;
  maxObjectDepth?: number | null;
  includeShadowTree?: 'none' | 'open' | 'all';
}

export type EvaluateResult =
  | { type: 'success'; result: RemoteValue; realm: string }
  | { type: 'exception'; exceptionDetails: { text: string; exception: RemoteValue }; realm: string };

export interface BrowsingContextInfo {
  context: string;
  url: string;
  parent?: string | null;
  children: BrowsingContextInfo[] | null;
}

export interface NetworkRequestData {
  request: string;
  url: string;
  method: string;
  headers: { name: string; value: { type: 'string'; value: string } }[];
}

export interface Header {
  name: string;
  value: { type: 'string'; value: string } | { type: 'base64'; value: string };
}

export interface Commands {
  'session.new': {
    params: { capabilities: { alwaysMatch?: Record<string, unknown> } };
    result: { sessionId: string; capabilities: { browserVersion: string } & Record<string, unknown> };
  };
  'session.end': { params: Record<string, never>; result: Record<string, never> };
  'session.subscribe': {
    params: { events: string[]; contexts?: string[] };
    result: { subscription?: string };
  };
  'webExtension.install': {
    params: { extensionData: { type: 'path'; path: string } };
    result: { extension: string };
  };
  'webExtension.uninstall': { params: { extension: string }; result: Record<string, never> };
  'browsingContext.create': {
    params: { type: 'tab' | 'window'; background?: boolean };
    result: { context: string };
  };
  'browsingContext.close': { params: { context: string }; result: Record<string, never> };
  'browsingContext.navigate': {
    params: { context: string; url: string; wait?: 'none' | 'interactive' | 'complete' };
    result: { navigation: string | null; url: string };
  };
  'browsingContext.reload': {
    params: { context: string; wait?: 'none' | 'interactive' | 'complete' };
    result: { navigation: string | null; url: string };
  };
  'browsingContext.getTree': {
    params: { root?: string; maxDepth?: number; 'moz:scope'?: 'content' | 'chrome' };
    result: { contexts: BrowsingContextInfo[] };
  };
  'browsingContext.activate': { params: { context: string }; result: Record<string, never> };
  'network.addIntercept': {
    params: { phases: ('beforeRequestSent' | 'responseStarted' | 'authRequired')[]; urlPatterns?: unknown[] };
    result: { intercept: string };
  };
  'network.provideResponse': {
    params: {
      request: string;
      statusCode?: number;
      reasonPhrase?: string;
      headers?: Header[];
      body?: { type: 'string'; value: string } | { type: 'base64'; value: string };
    };
    result: Record<string, never>;
  };
  'network.failRequest': { params: { request: string }; result: Record<string, never> };
  'script.evaluate': {
    params: {
      expression: string;
      target: Target;
      awaitPromise: boolean;
      resultOwnership?: 'root' | 'none';
      serializationOptions?: SerializationOptions;
    };
    result: EvaluateResult;
  };
  'script.callFunction': {
    params: {
      functionDeclaration: string;
      target: Target;
      awaitPromise: boolean;
      this?: LocalValue;
      arguments?: LocalValue[];
      resultOwnership?: 'root' | 'none';
      serializationOptions?: SerializationOptions;
    };
    result: EvaluateResult;
  };
  'input.setFiles': {
    params: { context: string; element: { sharedId: string }; files: string[] };
    result: Record<string, never>;
  };
}

export interface Events {
  'log.entryAdded': {
    level: 'debug' | 'info' | 'warn' | 'error';
    type: 'console' | 'javascript' | string;
    text: string | null;
    source: { realm: string; context?: string };
    stackTrace?: { callFrames: { url: string; functionName: string; lineNumber: number }[] };
  };
  'network.beforeRequestSent': {
    context: string | null;
    isBlocked: boolean;
    request: NetworkRequestData;
    intercepts?: string[];
  };
  'browsingContext.load': { context: string; url: string };
  'browsingContext.contextCreated': BrowsingContextInfo;
  'script.realmCreated': { realm: string; origin: string; type: string; context?: string };
}
