package org.waymark.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a long list is: which page of how many, and the links to the others (with the list's filters kept), for
 * the {@code admin/pagination} fragment. Pages count from 1; a page beyond the last is shown as the last.
 */
public record Pagination(int page, int pages, long total, int size, List<Link> links, String previous, String next) {

    /** A numbered link, or a gap ({@code number} 0) between distant page numbers. */
    public record Link(int number, String href, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }

    /** The page to show for a requested one: at least 1, at most the last. */
    public static int clamp(int requested, long total, int size) {
        return Math.max(1, Math.min(requested, lastPage(total, size)));
    }

    private static int lastPage(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** {@code filters} are the query parameters to keep in every link; blank ones are left out. */
    public static Pagination of(String path, Map<String, String> filters, int page, long total, int size) {
        int pages = lastPage(total, size);
        int current = clamp(page, total, size);
        List<Link> links = new ArrayList<>();
        int previousShown = 0;
        for (int n = 1; n <= pages; n++) {
            boolean shown = n == 1 || n == pages || Math.abs(n - current) <= 2;
            if (!shown) {
                continue;
            }
            if (n - previousShown > 1) {
                links.add(new Link(0, null, false));
            }
            links.add(new Link(n, href(path, filters, n), n == current));
            previousShown = n;
        }
        return new Pagination(current, pages, total, size, List.copyOf(links),
                current > 1 ? href(path, filters, current - 1) : null,
                current < pages ? href(path, filters, current + 1) : null);
    }

    /** The first item shown, counting from 1 (0 when the list is empty). */
    public long from() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long to() {
        return Math.min(total, (long) page * size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    private static String href(String path, Map<String, String> filters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
