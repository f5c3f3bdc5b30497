package jp.tsunagu.web;

/**
 * A page's form whose fields do not map one to one onto the API's request record (rows that may be left blank,
 * a text area of lines, check boxes that are absent when off): it says which request it stands for, and
 * {@link PageForms} validates that request with the API's own constraints before anything is stored.
 *
 * @param <R> the API's request record
 */
public interface PageForm<R> {
    /** The API request this form stands for: blank rows left out, absent check boxes false. */
    R request();
}
