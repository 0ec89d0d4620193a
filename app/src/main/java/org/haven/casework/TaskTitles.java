package org.haven.casework;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What a task asks for, in the reader's language: a procedure step in the procedure's words, an
 * action in the words it was agreed in, a checklist item in the catalogue of messages.
 * Used from the pages as {@code @taskTitles.of(task, #locale)}.
 */
@Component("taskTitles")
public class TaskTitles {

    private final Procedures procedures;
    private final MessageSource messages;

    TaskTitles(Procedures procedures, MessageSource messages) {
        this.procedures = procedures;
        this.messages = messages;
    }

    public String of(CaseTask task, Locale locale) {
        if (task.step() != null) {
            return procedures.current().step(task.step()).isPresent() ? step(task.step(), locale) : task.title();
        }
        if (task.title() != null) {
            return task.title();
        }
        return messages.getMessage("task.kind." + task.kind(), null, task.kind().name(), locale);
    }

    /** A procedure step's words, by its code. */
    public String step(String code, Locale locale) {
        return procedures.current().step(code).map(step -> step.text(locale.getLanguage())).orElse(code);
    }

    /** Why the task is done: what the person wrote, or the milestone that completed it. */
    public String doneNote(CaseTask task, Locale locale) {
        if (task.doneNote() != null && task.doneNote().startsWith(CaseTask.MILESTONE_NOTE)) {
            return messages.getMessage("milestone." + task.doneNote().substring(CaseTask.MILESTONE_NOTE.length()), null,
                    task.doneNote(), locale);
        }
        return task.doneNote();
    }
}
