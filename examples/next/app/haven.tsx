// A Haven element rendered on the server by Haven's own renderer (haven-elements/ssr): the element with its full
// content in a declarative shadow root, `<template shadowrootmode="open">`, whose <link> loads /haven/haven.css.
// The patient sees the numbers, links and headings before any script runs, or if none ever does.
//
// Why dangerouslySetInnerHTML: React writes a <template shadowrootmode> child as a plain <template>, and the browser
// turns it into the element's shadow root while parsing, so React's hydration would find a child it no longer has.
// The HTML comes from renderHaven, which escapes every attribute value, takes only the element's own attribute
// names (an unknown one, such as `onclick`, throws) and renders Haven's own templates; the values here are the
// clinic's own settings (./clinic.ts), never text from a request. Haven itself never writes HTML from text.
import { renderHaven, type AttributeValue, type HavenTag } from 'haven-elements/ssr';
import { HAVEN_CSS } from './haven-assets';

/** The HTML of one pre-rendered element, for a client component that needs to listen to it (./checklist.tsx). */
export function havenHtml(tag: HavenTag, attributes: Record<string, AttributeValue>): string {
  return renderHaven(tag, attributes, { lang: 'en', stylesheet: HAVEN_CSS });
}

/** One pre-rendered Haven element, from a server component. */
export function Haven({ tag, attributes }: { tag: HavenTag; attributes: Record<string, AttributeValue> }) {
  return <div className="haven-host" dangerouslySetInnerHTML={{ __html: havenHtml(tag, attributes) }} />;
}
