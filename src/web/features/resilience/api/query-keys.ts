/** Every resilience query starts with this key, so a change invalidates them all at once. */
export const resilienceKey = ['resilience'] as const;
