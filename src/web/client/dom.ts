// The small part of the browser's DOM the client modules use, typed here so that they are
// type-checked without adding the DOM library to the whole (server-side) project.

/** An event as the client modules read it. */
export interface DomEvent {
  readonly type: string;
  readonly key: string;
  readonly target: DomElement | null;
  readonly clientX: number;
  readonly clientY: number;
  readonly detail: unknown;
  preventDefault(): void;
}

/** An element (HTML or SVG). */
export interface DomElement {
  textContent: string | null;
  hidden: boolean;
  value: string;
  min: string;
  max: string;
  id: string;
  className: string;
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly style: { setProperty(name: string, value: string): void };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  addEventListener(type: string, listener: (e: DomEvent) => void): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { readonly length: number };
  closest(selector: string): DomElement | null;
  replaceChildren(...nodes: (DomElement | string)[]): void;
  append(...nodes: (DomElement | string)[]): void;
  focus(): void;
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
}

/** The document. */
export interface DomDocument {
  readonly documentElement: DomElement;
  getElementById(id: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { readonly length: number };
  createElement(tag: string): DomElement;
  createElementNS(ns: string, tag: string): DomElement;
  addEventListener(type: string, listener: (e: DomEvent) => void): void;
  dispatchEvent(event: unknown): boolean;
}

/** The window: the one value each client module receives. */
export interface DomWindow {
  readonly document: DomDocument;
  readonly location: { readonly search: string; readonly pathname: string; readonly hash: string; href: string };
  readonly history: { replaceState(state: unknown, unused: string, url: string): void };
  readonly CustomEvent: new (type: string, init: { detail: unknown }) => unknown;
  setInterval(fn: () => void, ms: number): number;
  clearInterval(id: number): void;
  matchMedia(query: string): { readonly matches: boolean };
}
