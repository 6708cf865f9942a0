from .members import CouncilMember, MemberRole, current_members
from .pages import CouncilPage, ProfilePage, VacancyIndexPage, VacancyPage, VacancyRole
from .settings import VacancySettings

__all__ = [
    "CouncilMember",
    "CouncilPage",
    "MemberRole",
    "ProfilePage",
    "VacancyIndexPage",
    "VacancyPage",
    "VacancyRole",
    "VacancySettings",
    "current_members",
]
