/** Every hours query starts with this key, so a change to the log invalidates them all at once. */
export const hoursKey = ['hours'] as const;
