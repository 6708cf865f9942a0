from ..procedure import ENDED_STATUSES, IN_PROGRESS_STATUSES, PROCEDURE_STEPS, ApplicationStatus
from .applications import Application, ApplicationStatusChange, ScanState, WijRelation
from .members import CouncilMember, MemberRole, current_members
from .pages import CouncilPage, ProfilePage, VacancyIndexPage, VacancyPage, VacancyRole
from .settings import VacancySettings

__all__ = [
    "ENDED_STATUSES",
    "IN_PROGRESS_STATUSES",
    "PROCEDURE_STEPS",
    "Application",
    "ApplicationStatus",
    "ApplicationStatusChange",
    "CouncilMember",
    "CouncilPage",
    "MemberRole",
    "ProfilePage",
    "ScanState",
    "VacancyIndexPage",
    "VacancyPage",
    "VacancyRole",
    "VacancySettings",
    "WijRelation",
    "current_members",
]
