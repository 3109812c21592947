/** A rectangle on the desktop, in the units Electron's `screen` uses. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the plan needs to know of a display (Electron's `Display`, plus whether it is the primary). */
export interface DisplayInfo {
  readonly id: number;
  readonly label: string;
  readonly bounds: Rect;
  readonly workArea: Rect;
  /** A laptop's own screen, as opposed to a monitor, TV or projector plugged into it. */
  readonly internal: boolean;
  readonly primary: boolean;
}

/** Which display shows what. */
export interface DisplayPlan {
  /** Where the audience window goes. */
  readonly audience: DisplayInfo;
  /** Further displays that show the audience view too (`mirror`). */
  readonly mirrors: readonly DisplayInfo[];
  /** A display left over for the presenter view, if any. */
  readonly presenter: DisplayInfo | undefined;
  /** A setting that matched no display, said so a person can fix it; the plan then uses the default. */
  readonly problem: string | undefined;
}

/** The displays in reading order: left to right, then top to bottom, which is how `1`, `2`, `left` and `right` count. */
export function leftToRight(displays: readonly DisplayInfo[]): DisplayInfo[] {
  return [...displays].sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id);
}

/** A display for messages: `2 "DELL U2720Q"`. */
export function describeDisplay(display: DisplayInfo, ordered: readonly DisplayInfo[]): string {
  const position = ordered.findIndex((other) => other.id === display.id) + 1;
  return display.label === '' ? `${position}` : `${position} "${display.label}"`;
}

const primaryOf = (ordered: readonly DisplayInfo[]): DisplayInfo | undefined => ordered.find((display) => display.primary) ?? ordered[0];

/**
 * The display an audience most likely looks at: one plugged in that is not the
 * operator's main screen; else any plugged-in one (a projector made primary); else the primary.
 */
function externalOrPrimary(ordered: readonly DisplayInfo[]): DisplayInfo | undefined {
  return ordered.find((display) => !display.internal && !display.primary) ?? ordered.find((display) => !display.internal) ?? primaryOf(ordered);
}

/** The display `wanted` names, or why none does. */
function findWanted(ordered: readonly DisplayInfo[], wanted: string): { display: DisplayInfo } | { problem: string } {
  const word = wanted.trim().toLowerCase();
  const found = (display: DisplayInfo | undefined, problem: string) => (display === undefined ? { problem } : { display });
  if (word === 'external') return found(externalOrPrimary(ordered), 'there is no display');
  if (word === 'primary') return found(primaryOf(ordered), 'there is no display');
  if (word === 'left') return found(ordered[0], 'there is no display');
  if (word === 'right') return found(ordered.at(-1), 'there is no display');
  if (/^\d+$/.test(word)) {
    const count = ordered.length === 1 ? 'there is 1 display' : `there are ${ordered.length} displays`;
    return found(ordered[Number(word) - 1], `display ${word} is not connected (${count})`);
  }
  const names = ordered.map((display) => `"${display.label}"`).join(', ');
  return found(
    ordered.find((display) => display.label.toLowerCase().includes(word)),
    `no display is named like "${wanted.trim()}" (connected: ${names})`,
  );
}

/**
 * Chooses a display for each role. The audience gets the display the `display` setting
 * names (the default when it names none, with a problem saying so); `mirror` gives
 * every other display the audience view too; otherwise the presenter view gets a
 * display the audience is not on, preferring the operator's own (primary or built-in).
 * `undefined` only when there is no display at all, e.g. for a moment while one is unplugged.
 */
export function planDisplays(displays: readonly DisplayInfo[], settings: { readonly display: string; readonly mirror: boolean }): DisplayPlan | undefined {
  const ordered = leftToRight(displays);
  const wanted = findWanted(ordered, settings.display);
  const audience = 'display' in wanted ? wanted.display : externalOrPrimary(ordered);
  if (audience === undefined) return undefined;
  const problem = 'problem' in wanted ? `display: ${wanted.problem}; showing on display ${describeDisplay(audience, ordered)}` : undefined;
  const others = ordered.filter((display) => display.id !== audience.id);
  if (settings.mirror) return { audience, mirrors: others, presenter: undefined, problem };
  const presenter = others.find((display) => display.primary) ?? others.find((display) => display.internal) ?? others[0];
  return { audience, mirrors: [], presenter, problem };
}
