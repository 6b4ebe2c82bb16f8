import { html } from 'lit';
import { HavenElement } from '../core/haven-element.js';

/** Placeholder replaced in the same change; not shipped. */
export class HavenRecoveryGuide extends HavenElement {
  override render() {
    return html``;
  }
}
