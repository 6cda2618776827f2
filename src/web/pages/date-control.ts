import { dayNumber, longDate } from '../dates.js';
import { type SafeHtml, html } from '../html.js';

/**
 * The date control: a form that works without script (the date field and "Show" reload the page
 * with `?on=`), and the slider, the play button and the keys' hint the slider module reveals and drives.
 */
export function dateControl(on: string, min: string, max: string, action: string): SafeHtml {
  const days = Math.round(dayNumber(max) - dayNumber(min));
  const at = Math.min(days, Math.max(0, Math.round(dayNumber(on) - dayNumber(min))));
  return html`<form id="date-control" class="date-control" action="${action}" method="get" data-min="${min}" data-max="${max}">
<button type="button" id="date-play" aria-pressed="false" hidden>▶ Play</button>
<label for="date-range" class="visually-hidden">Date slider from ${longDate(min)} to ${longDate(max)}: the arrow keys step a month, Page Up and Page Down a year</label>
<input type="range" id="date-range" min="0" max="${days}" step="1" value="${at}" aria-valuetext="${longDate(on)}" aria-describedby="date-keys" hidden>
<span><label for="date-field">Date</label> <input type="date" id="date-field" name="on" value="${on}" min="${min}" max="${max}" required></span>
<button type="submit">Show</button>
<span id="date-keys" class="note" hidden>Slider: ← → a month, Page Up/Down a year</span>
</form>`;
}
