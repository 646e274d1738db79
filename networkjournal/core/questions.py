"""The question bank: informed, open questions for a coffee chat (the person carries little)."""

from __future__ import annotations

# Open questions invite the other person to talk about their work; the user
# carries the conversation and never opens with "do you have a job for me".
COFFEE_CHAT_QUESTIONS: tuple[str, ...] = (
    "What kinds of projects do you mainly work on?",
    "What challenges do you face most often?",
    "What technologies do you and your team mainly use?",
    "How did you come to work on this team?",
    "What does a good first year look like for someone joining your team?",
    "What do you wish you had known before joining the company?",
    "Who else would you suggest I talk to, to learn more about this field?",
)
