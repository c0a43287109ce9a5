"""A customer import in the shop's language: the plan's summary, each merged or refused line, what was
imported, and the names of the fields a column can hold. One wording for File → Import customers… and
`shopapp import customers`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QObject

from shopapp.domain.customer_file import Field, ImportRule, RowProblem
from shopapp.i18n import fill
from shopapp.local_format import short_date, whole_number
from shopapp.services.car_words import car_problem_text
from shopapp.services.contact_words import contact_problem_text
from shopapp.services.customer_import import CustomerFile, ImportOutcome, ImportPlan, Match, PlannedLine


class CustomerImportWords(QObject):
    """The words; a QObject for self.tr() (lupdate sees a plural only there). `labels`: field -> the name
    a person knows the column by (the file's own header), for the problems of a line."""

    def field_name(self, name: Field | str) -> str:
        """What the column mapping calls a field."""
        names: dict[Field | str, str] = {
            Field.NAME: self.tr("Name"),
            Field.FIRST_NAME: self.tr("First name"),
            Field.LAST_NAME: self.tr("Last name"),
            Field.PHONE: self.tr("Phone"),
            Field.EMAIL: self.tr("Email"),
            Field.ADDRESS_LINE1: self.tr("Address"),
            Field.ADDRESS_LINE2: self.tr("Address line 2"),
            Field.CITY: self.tr("City"),
            Field.REGION: self.tr("State or region"),
            Field.POSTAL_CODE: self.tr("Postal code"),
            Field.COUNTRY: self.tr("Country"),
            Field.NOTES: self.tr("Notes"),
            Field.PREFERRED_CONTACT: self.tr("Preferred contact"),
            Field.VIN: self.tr("VIN"),
            Field.MAKE: self.tr("Make"),
            Field.MODEL: self.tr("Model"),
            Field.YEAR: self.tr("Year"),
            Field.PLATE: self.tr("Plate"),
            Field.NICKNAME: self.tr("Nickname"),
            Field.POWERTRAIN: self.tr("Powertrain"),
            Field.LAST_SERVICE: self.tr("Last service"),
            Field.ODOMETER: self.tr("Odometer"),
            Field.ODOMETER_DATE: self.tr("Odometer date"),
        }
        return names.get(name, str(name))  # a Field equals its value: "vin" finds Field.VIN

    def summary(self, plan: ImportPlan) -> str:
        """ "2,000 lines: 1,950 new customers and 50 already in the shop; 2,590 new cars and 10 already in the
        shop; 3 lines refused." """
        customers = fill(
            self.tr("%1 and %2"),
            self.tr("%Ln new customer(s)", "", plan.new_customers),
            self.tr("%Ln customer(s) already in the shop", "", plan.shop_customers),
        )
        cars = fill(
            self.tr("%1 and %2"),
            self.tr("%Ln new car(s)", "", plan.new_cars),
            self.tr("%Ln car(s) already in the shop", "", plan.shop_cars),
        )
        refused = self.tr("%Ln line(s) refused", "", len(plan.rejected))
        return fill(
            self.tr("%1: %2; %3; %4."), self.tr("%Ln line(s)", "", len(plan.lines)), customers, cars, refused
        )

    def file_summary(self, file: CustomerFile, plan: ImportPlan) -> str:
        """ "customers.csv (Windows-1252, separated by ;): 2,000 lines: …" """
        return fill(self.tr("%1: %2"), self.file_kind(file), self.summary(plan))

    def ambiguous_dates(self, plan: ImportPlan, labels: Mapping[Field | str, str]) -> str:
        """The date columns whose order nothing told, or "" when there are none."""
        if not plan.ambiguous_dates:
            return ""
        columns = ", ".join(labels.get(name, self.field_name(name)) for name in plan.ambiguous_dates)
        return fill(
            self.tr(
                "The dates in %1 could be day/month or month/day (no date there has a day above 12): choose the date order, or the lines with such a date are refused."  # noqa: E501 (one literal for lupdate)
            ),
            columns,
        )

    def line_text(self, line: PlannedLine, labels: Mapping[Field | str, str]) -> str:
        """ "Line 7 (Jane Doe): refused: VIN: …" or "Line 9 (Jane Doe): already in the shop as Jane Doe (same
        phone number); 2019 Honda Civic: already in the shop (same VIN)"."""
        if line.rejected:
            problems = " ".join(self.problem_text(problem, labels) for problem in line.problems)
            return fill(self.tr("Line %1 (%2): refused: %3"), line.line, line.customer_name, problems)
        parts = [self._customer_part(line)]
        if line.car is not None and line.car is not Match.NEW:
            parts.append(fill(self.tr("%1: %2"), line.car_title, self._car_part(line)))
        if line.odometer_left_out:
            parts.append(
                self.tr("odometer left out: no date (the car has newer readings it could contradict)")
            )
        return fill(self.tr("Line %1 (%2): %3"), line.line, line.customer_name, "; ".join(parts))

    def _customer_part(self, line: PlannedLine) -> str:
        if line.customer is Match.NEW:
            return self.tr("new customer")
        if line.customer is Match.SAME_AS_LINE:
            return fill(self.tr("same customer as line %1"), line.same_customer_line)
        why = {
            Match.PHONE: self.tr("same phone number"),
            Match.EMAIL: self.tr("same email address"),
            Match.NAME_AND_ADDRESS: self.tr("same name and address"),
            Match.DETAILS: self.tr("same name and details"),
        }[line.customer]
        return fill(self.tr("already in the shop as %1 (%2)"), line.shop_customer, why)

    def _car_part(self, line: PlannedLine) -> str:
        if line.car is Match.SAME_AS_LINE:
            return fill(self.tr("same car as line %1"), line.same_car_line)
        why = {
            Match.VIN: self.tr("same VIN"),
            Match.PLATE: self.tr("same plate"),
            Match.DESCRIPTION: self.tr("same make, model and year"),
        }[line.car or Match.VIN]
        return fill(self.tr("already in the shop (%1)"), why)

    def problem_text(self, problem: RowProblem, labels: Mapping[Field | str, str]) -> str:
        """ "Phone: Too few digits for a phone number (at least 6, with the area code)." """
        label = labels.get(problem.field, self.field_name(problem.field))
        return fill(self.tr("%1: %2"), label, self._problem_sentence(problem))

    def _problem_sentence(self, problem: RowProblem) -> str:
        rule, value = problem.rule, problem.value
        if rule is ImportRule.CONTACT and problem.contact is not None:
            return contact_problem_text(problem.contact)
        if rule is ImportRule.CAR and problem.car is not None:
            return car_problem_text(problem.car)
        if rule is ImportRule.DATE_UNREADABLE:
            return fill(self.tr("%1 is not a date (write 2024-03-27, 03/27/2024 or 27.03.2024)."), value)
        if rule is ImportRule.DATE_AMBIGUOUS:
            return fill(self.tr("%1 could be day/month or month/day; choose the date order."), value)
        if rule is ImportRule.DATE_IN_FUTURE:
            return fill(self.tr("%1 is in the future."), value)
        if rule is ImportRule.DATE_TOO_OLD:
            return fill(self.tr("%1 is too long ago to be right (check the year)."), value)
        if rule is ImportRule.NUMBER_UNREADABLE:
            return fill(self.tr("%1 is not a number."), value)
        if rule is ImportRule.ODOMETER_NEGATIVE:
            return fill(self.tr("%1: an odometer reading cannot be negative."), value)
        if rule is ImportRule.ODOMETER_ABSURD:
            return fill(
                self.tr("%1 is more than any car drives (at most %2)."), value, whole_number(problem.limit)
            )
        if rule is ImportRule.CAR_DATA_WITHOUT_CAR:
            return self.tr("a last service or odometer, but no VIN, make, model or plate to tell the car.")
        if rule is ImportRule.VIN_OF_ANOTHER_CUSTOMER:
            return fill(self.tr("%1 is also on line %2, for another customer."), value, problem.line)
        if rule is ImportRule.VIN_OF_SHOP_CAR:
            return fill(
                self.tr("already belongs to %1 of %2 (move the car in the shop first, or fix the VIN)."),
                value,
                problem.other,
            )
        if rule is ImportRule.ODOMETER_BELOW_EARLIER and problem.on is not None:
            return fill(
                self.tr("%1 is below the %2 the car already has on %3 (check the reading and its date)."),
                value,
                problem.other,
                short_date(problem.on, date.today()),
            )
        if rule is ImportRule.ODOMETER_ABOVE_LATER and problem.on is not None:
            return fill(
                self.tr(
                    "%1 is above the %2 the car already has on %3, later (check the reading and its date)."
                ),
                value,
                problem.other,
                short_date(problem.on, date.today()),
            )
        raise ValueError(f"no words for {rule}")

    def outcome(self, outcome: ImportOutcome) -> str:
        """What an import wrote, in a sentence or two."""
        plan = outcome.plan
        text = fill(
            self.tr("Imported %1 and %2; %3 and %4 recorded."),
            self.tr("%Ln new customer(s)", "", plan.new_customers),
            self.tr("%Ln new car(s)", "", plan.new_cars),
            self.tr("%Ln last service(s)", "", outcome.services),
            self.tr("%Ln odometer reading(s)", "", outcome.readings),
        )
        if outcome.customers_completed:
            completed = self.tr(
                "%n customer(s) already in the shop got details they lacked.", "", outcome.customers_completed
            )
            text = f"{text} {completed}"
        return text

    def file_kind(self, file: CustomerFile) -> str:
        """ "customers.csv (Windows-1252, separated by ;)" """
        encodings = {
            "utf-8": self.tr("UTF-8"),
            "utf-8-sig": self.tr("UTF-8 with BOM"),
            "cp1252": self.tr("Windows-1252"),
            "utf-16": self.tr("UTF-16"),
        }
        separator = self.tr("tabs") if file.table.delimiter == "\t" else file.table.delimiter
        return fill(
            self.tr("%1 (%2, separated by %3)"),
            file.path.name,
            encodings.get(file.encoding, file.encoding),
            separator,
        )
