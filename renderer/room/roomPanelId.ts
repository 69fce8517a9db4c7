/** The room panel's id in the board's side panel list. */
export const ROOM_PANEL_ID = 'room';
