import { Link } from 'react-router';

const GUIDE_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** A guide's date (YYYY-MM-DD) for people: "November 20, 2026". */
export function formatGuideDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : GUIDE_DATE.format(parsed);
}

/** "values" -> "Values"; "getting-started" -> "Getting started". */
export function tagLabel(tag: string): string {
  const words = tag.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function TagLinks({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="guide-tags" aria-label="Topics">
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={`/guides?tag=${encodeURIComponent(tag)}`} className="tag tag-muted">
            {tagLabel(tag)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
