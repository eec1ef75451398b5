package dev.cofactor.quiz.question;

/** Turns question Markdown into safe HTML; the web module provides it with the article renderer. */
public interface StemRenderer {

    /** Block Markdown (a stem, feedback) as sanitized HTML. */
    String html(String markdown);

    /** One line of Markdown (a choice) as sanitized inline HTML, without a paragraph around it. */
    String inlineHtml(String markdown);
}
