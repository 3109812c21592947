/** The BroadcastChannel the tabs of one browser share the show on (tab-connection.ts). */
export const TAB_CHANNEL = 'yeondae-show';

/** The Web Lock whose holder owns the show among those tabs. */
export const TAB_OWNER_LOCK = 'yeondae-show-owner';
