/** Where to turn at once; general on purpose, and true wherever the person is. */
export function UrgentHelp({ text, level = 2 }: { text?: string | undefined; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <aside className="urgent-help" aria-labelledby="urgent-help-title">
      <Heading id="urgent-help-title" className="urgent-help-title">
        If you need help now
      </Heading>
      <p>
        {text ??
          'If you feel unsafe, are thinking about harming yourself, or cannot cope right now, get help today: in the United States call or text 988 (Suicide & Crisis Lifeline); elsewhere call your local emergency number or a local crisis line.'}
      </p>
    </aside>
  );
}
