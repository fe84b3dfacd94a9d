import { type FormEvent, useEffect, useId, useState } from 'react';

interface SearchBoxProps {
  /** Names the search landmark ("Career atlas", "Guides"). */
  landmark: string;
  label: string;
  placeholder: string;
  /** The query the page is showing now, usually from its URL. */
  value: string;
  onSearch: (query: string) => void;
  className?: string;
}

/**
 * The free-text search of a list page (atlas, guides): a search landmark with a labelled box and its button. What
 * is typed is sent only on submit; the box follows the page's query when it changes under it (back/forward).
 */
export function SearchBox({
  landmark,
  label,
  placeholder,
  value,
  onSearch,
  className = 'search-form',
}: SearchBoxProps) {
  const id = useId();
  const [query, setQuery] = useState(value);
  useEffect(() => setQuery(value), [value]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(query);
  }

  return (
    <search aria-label={landmark}>
      <form className={className} onSubmit={handleSubmit}>
        <label htmlFor={id}>{label}</label>
        <div className="search-row">
          <input
            id={id}
            name="q"
            type="search"
            value={query}
            maxLength={200}
            autoComplete="off"
            placeholder={placeholder}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
    </search>
  );
}
