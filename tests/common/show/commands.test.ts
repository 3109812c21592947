import { describe, expect, it } from 'vitest';
import { parseShowCommand } from '../../../common/show/commands';

describe('parseShowCommand', () => {
  it.each([
    [{ type: 'next' }],
    [{ type: 'previous' }],
    [{ type: 'first' }],
    [{ type: 'last' }],
    [{ type: 'toggleBlank' }],
    [{ type: 'unblank' }],
    [{ type: 'goToFrame', frame: 3 }],
    [{ type: 'goToSlide', slideId: '4a' }],
    [{ type: 'goToSlide', slideId: '4a', lang: 'ko' }],
    [{ type: 'toggleLoop' }],
    [{ type: 'cycleMode' }],
    [{ type: 'restartTimer' }],
    [{ type: 'setMode', mode: 'stacked' }],
  ])('accepts the well-formed command %j', (command) => {
    expect(parseShowCommand(command)).toEqual(command);
  });

  it.each([
    [null],
    ['next'],
    [{ type: 'explode' }],
    [{ type: 'next', extra: true }],
    [{ type: 'goToFrame', frame: -1 }],
    [{ type: 'goToFrame', frame: 1.5 }],
    [{ type: 'goToFrame', frame: '2' }],
    [{ type: 'goToSlide' }],
    [{ type: 'goToSlide', slideId: 'a', lang: 'fr' }],
    [{ type: 'goToSlide', slideId: 'x'.repeat(201) }],
    [{ type: 'goToSlide', slideId: 'a', script: 'alert(1)' }],
    [{ type: 'setMode', mode: 'sideways' }],
    [{ type: 'setMode' }],
    [{ type: 'tick' }],
  ])('rejects the malformed value %j', (value) => {
    expect(parseShowCommand(value)).toBeUndefined();
  });
});
