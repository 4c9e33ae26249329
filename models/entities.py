"""What Insiktskollen keeps: the ORM classes (SQLAlchemy 2, typed declarative)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from models.codes import Area, Assessment, Factor, Group, Measure, Status
from models.deadlines import is_due_soon, is_overdue
from models.limits import TITLE_CHARS

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

TITLE_MAX = TITLE_CHARS
MUNICIPALITY_MAX = 12  # a four-digit code, or a Kolada municipality group ("G124018")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _code_enum(cls: type, name: str) -> Enum:
    """A code column stored as text with a CHECK constraint (no native enum types)."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def utcnow() -> dt.datetime:
    """Times are stored in UTC without a zone: the same for every user of a shared file."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def local_time(at: dt.datetime) -> dt.datetime:
    """A stored UTC time in this computer's time zone, for showing."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class Unit(Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)

    people: Mapped[list[Person]] = relationship(back_populates="unit")
    actions: Mapped[list[Action]] = relationship(back_populates="unit")

    def __repr__(self) -> str:
        return f"Unit({self.id}, {self.name!r})"


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    email: Mapped[str | None] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))

    unit: Mapped[Unit | None] = relationship(back_populates="people")
    actions: Mapped[list[Action]] = relationship(back_populates="owner")

    def __repr__(self) -> str:
        return f"Person({self.id}, {self.name!r})"


class Action(Base):
    """An improvement action of the working group."""

    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint("progress >= 0 AND progress <= 100", name="progress_range"),
        CheckConstraint("length(title) >= 1", name="title_not_empty"),
        CheckConstraint("due IS NULL OR start IS NULL OR due >= start", name="due_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    description: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    status: Mapped[Status] = mapped_column(_code_enum(Status, "status"), default=Status.EJ_PABORJAD)
    assessment: Mapped[Assessment | None] = mapped_column(_code_enum(Assessment, "assessment"))
    start: Mapped[dt.date | None] = mapped_column(Date)
    due: Mapped[dt.date | None] = mapped_column(Date)
    completed: Mapped[dt.date | None] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    expected_effect: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    unit: Mapped[Unit | None] = relationship(back_populates="actions")
    owner: Mapped[Person | None] = relationship(back_populates="actions")
    factor_links: Mapped[list[ActionFactor]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionFactor.factor"
    )
    area_links: Mapped[list[ActionArea]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionArea.area"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="Milestone.date"
    )
    comments: Mapped[list[Comment]] = relationship(
        back_populates="action",
        cascade="all, delete-orphan",
        order_by="(Comment.date.desc(), Comment.id.desc())",
    )

    # The version is set by the change tracking in models.tracking, which needs to know
    # the new number before the flush; SQLAlchemy still checks the old one in the UPDATE.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    @property
    def factors(self) -> list[Factor]:
        return sorted((link.factor for link in self.factor_links), key=list(Factor).index)

    @property
    def areas(self) -> list[Area]:
        return sorted((link.area for link in self.area_links), key=list(Area).index)

    def is_overdue(self, today: dt.date) -> bool:
        return is_overdue(self.due, self.status, today)

    def is_due_soon(self, today: dt.date, days: int) -> bool:
        return is_due_soon(self.due, self.status, today, days)

    def __repr__(self) -> str:
        return f"Action({self.id}, {self.title!r}, {self.status.value})"


class ActionFactor(Base):
    __tablename__ = "action_factor"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    factor: Mapped[Factor] = mapped_column(_code_enum(Factor, "factor"), primary_key=True)

    action: Mapped[Action] = relationship(back_populates="factor_links")


class ActionArea(Base):
    __tablename__ = "action_area"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    area: Mapped[Area] = mapped_column(_code_enum(Area, "area"), primary_key=True)

    action: Mapped[Action] = relationship(back_populates="area_links")


class Milestone(Base):
    """A dated step of an action: "Öppet hus 2024-05-15 15–18"."""

    __tablename__ = "milestone"
    __table_args__ = (
        CheckConstraint("done OR done_date IS NULL", name="done_date_when_done"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    time_span: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    done_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    action: Mapped[Action] = relationship(back_populates="milestones")

    def __str__(self) -> str:
        span = f" {self.time_span}" if self.time_span else ""
        done = f" ✓ {self.done_date.isoformat()}" if self.done and self.done_date else ""
        return f"{self.text} {self.date.isoformat()}{span}{done}"


class Comment(Base):
    """A follow-up comment, with the status and progress the action had at that moment."""

    __tablename__ = "comment"
    __table_args__ = (
        CheckConstraint("progress >= 0 AND progress <= 100", name="progress_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[Status] = mapped_column(_code_enum(Status, "status"))
    progress: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    action: Mapped[Action] = relationship(back_populates="comments")


class SurveyResult(Base):
    """One Insikt figure: a measure for a municipality, year, customer group and area."""

    __tablename__ = "survey_result"
    __table_args__ = (
        UniqueConstraint("municipality", "year", "group", "area", "measure", name="uq_survey_result_one_value"),
        CheckConstraint("value >= 0 AND value <= 100", name="value_range"),
        CheckConstraint("answers IS NULL OR answers >= 0", name="answers_positive"),
        CheckConstraint("margin IS NULL OR margin >= 0", name="margin_positive"),
        CheckConstraint(
            "response_rate IS NULL OR (response_rate >= 0 AND response_rate <= 100)",
            name="response_rate_range",
        ),
        CheckConstraint("year >= 2000 AND year <= 2100", name="year_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality: Mapped[str] = mapped_column(String(MUNICIPALITY_MAX))
    year: Mapped[int] = mapped_column(Integer)
    group: Mapped[Group] = mapped_column(_code_enum(Group, "group"))
    area: Mapped[Area] = mapped_column(_code_enum(Area, "area"))
    measure: Mapped[Measure] = mapped_column(_code_enum(Measure, "measure"))
    value: Mapped[float] = mapped_column(Float)
    answers: Mapped[int | None] = mapped_column(Integer)
    margin: Mapped[float | None] = mapped_column(Float)
    response_rate: Mapped[float | None] = mapped_column(Float)
    preliminary: Mapped[bool] = mapped_column(default=False)
    # When a preliminary value was read ("preliminärt sedan 2024-04-24"); None when final.
    preliminary_as_of: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300), default="")

    def __repr__(self) -> str:
        return (
            f"SurveyResult({self.municipality} {self.year} {self.group.value} "
            f"{self.area.value} {self.measure.value} = {self.value})"
        )


class Target(Base):
    """A target (mål) of the own municipality: "NKI företag, totalt, 2025: 75"."""

    __tablename__ = "target"
    __table_args__ = (
        UniqueConstraint("measure", "group", "area", "year", name="uq_target_one_value"),
        CheckConstraint("value >= 0 AND value <= 100", name="value_range"),
        CheckConstraint("year >= 2000 AND year <= 2100", name="year_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    measure: Mapped[Measure] = mapped_column(_code_enum(Measure, "measure"))
    group: Mapped[Group] = mapped_column(_code_enum(Group, "group"))
    area: Mapped[Area] = mapped_column(_code_enum(Area, "area"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)

    def __repr__(self) -> str:
        return (
            f"Target({self.measure.value} {self.group.value} {self.area.value} "
            f"{self.year} = {self.value})"
        )


class ChangeLogEntry(Base):
    """One changed field (or a created or removed thing). Append only."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    action_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action_version: Mapped[int | None] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(40), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """A setting that belongs to the database (not to the user): JSON text by key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class KoladaKpi(Base):
    """How a Kolada KPI id maps to an Insikt figure; the user can see and correct it."""

    __tablename__ = "kolada_kpi"

    kpi: Mapped[str] = mapped_column(String(20), primary_key=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    group: Mapped[Group] = mapped_column(_code_enum(Group, "group"))
    area: Mapped[Area] = mapped_column(_code_enum(Area, "area"))
    measure: Mapped[Measure] = mapped_column(_code_enum(Measure, "measure"))
    probable: Mapped[bool] = mapped_column(default=False)
