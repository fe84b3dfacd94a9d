import { Link } from 'react-router';

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
