"""Boards: opportunities and relationships by stage, the shared kanban, the opportunity editor."""
