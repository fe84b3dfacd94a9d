import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a phone: focusable and named, so keyboard users can scroll it too (axe
 * `scrollable-region-focusable`). A named group, not a region landmark: a page with several tables of the same
 * kind (one per week, per rule set) would otherwise have landmarks with the same name (axe `landmark-unique`).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups a table
    <div className="table-scroll" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
