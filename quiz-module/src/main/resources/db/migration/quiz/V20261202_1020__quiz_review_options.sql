-- Moodle's review options (Review): for each part of a result, the moments it shows at, as a bit mask:
-- 1 during the attempt, 2 immediately after, 4 later while the quiz is open, 8 once it is closed to the
-- learner. Existing quizzes keep what they showed, except that a quiz that hid its right answers now
-- hides the feedback too (it often states the answer): the right answer and both feedbacks never show.
-- (The seed bank then moves the shipped final quiz to right answers and feedback once no attempt is left.)
alter table quiz
    add column review_answer            integer not null default 15 check (review_answer between 0 and 15),
    add column review_correctness       integer not null default 15 check (review_correctness between 0 and 15),
    add column review_points            integer not null default 15 check (review_points between 0 and 15),
    add column review_specific_feedback integer not null default 15 check (review_specific_feedback between 0 and 15),
    add column review_general_feedback  integer not null default 15 check (review_general_feedback between 0 and 15),
    add column review_right_answer      integer not null default 15 check (review_right_answer between 0 and 15);
update quiz set review_right_answer = 0, review_specific_feedback = 0, review_general_feedback = 0
where not show_right_answers;
alter table quiz drop column show_right_answers;
