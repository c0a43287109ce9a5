<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DueCountWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueReasons</name>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since last %2 (every %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since ShopApp first saw the car (every %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no %2 on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due in ~%2 (≈ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due in ≈ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due in %2 (by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life %1 % (change at %2 %, reaches it ≈ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life %1 % (change at %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done %2; the car&apos;s next reading shows the new oil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car&apos;s Smartcar access has ended; the owner must connect it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading from the car yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed until the next service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTable</name>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due. Every car is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTableCountWords</name>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (%1); choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the shop&apos;s database (safe while ShopApp is running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo, or set up your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ShopApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, data folder, licences and diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Welcome… brings the welcome back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo opens in a new window; this one stays on your shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp opens on your own shop in a new window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start ShopApp (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop is set up. Settings are under File → Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterCountWords</name>
    <message numerus="yes">
        <source>According to our records and the latest readings from your vehicles, these %n are due for the service below.</source>
        <translation>
            <numerusform>According to our records and the latest readings from your vehicles, these %n are due for the service below.</numerusform>
            <numerusform>According to our records and the latest readings from your vehicles, these %n are due for the service below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>the PDF was cut short (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no part &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the letter template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop logo %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop logo %1 cannot be used: it is not an image (use PNG, JPEG or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterWording</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your tire pressures soon: a tire may be losing air, or a sensor needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your tire pressures soon: a tire may be losing air.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick diagnostic check will tell us why it came on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This concerns a safety system; please have it checked soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This concerns your brakes; please have it checked soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can top it up at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulb or light may need replacing; we can check it at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We recommend having it checked at your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine or transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car&apos;s body electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brakes, steering or suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the communication between the car&apos;s control units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car may reduce its power to protect itself and it usually turns on the check-engine light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car may reduce its power to protect itself and it usually turns on the check-engine light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car may reduce its power to protect itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car may reduce its power to protect itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it usually turns on the check-engine light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It usually turns on the check-engine light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car reported a fault: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car&apos;s exhaust emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This affects %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This affects %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagnostic check will tell us what it needs (fault code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car&apos;s dashboard reports: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car&apos;s dashboard shows a warning: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since its last %2 (every %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since your car was first connected to us (every %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. We have no %2 on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our connection to your car has ended, so we can no longer tell you when it needs service. Call us and we will help you connect it again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due at %1 (about %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1; at your usual driving about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 (forecast from the car&apos;s oil-life readings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When convenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to our records and the latest readings from your %1, it is due for the service below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call us at %1 to book a visit (or write to %2); we will gladly take care of everything in one appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call us at %1 to book a visit; we will gladly take care of everything in one appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write to %1 to book a visit; we will gladly take care of everything in one appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please contact us to book a visit; we will gladly take care of everything in one appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the work has already been done elsewhere, just let us know and we will update our records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your service team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading the vehicle list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the shop&apos;s database to take what was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every connected car now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected cars now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a customer&apos;s car through Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected car&apos;s customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a service done on the selected car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print reminder letters for every customer with a due car, or for the selected cars&apos; customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export due list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the due list as a CSV file (spreadsheet, mailing house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop profile, units, service plan, refresh, Smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ShopApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle matches the search and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicles yet. Use “Connect a vehicle…” to link a customer&apos;s car through Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connected cars yet: use “Connect a vehicle…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service recorded for %1; its reminders start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp — Demo (simulated cars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopApp — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar connections moved to API v3 (Settings → Smartcar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble code marked as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) snoozed until %3; its due date stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) dismissed until the car&apos;s next service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is back on the due list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That car is no longer in the shop&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshSummaryText</name>
    <message>
        <source>Refresh cancelled; every car read before that is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %1 of %n car(s)</source>
        <translation>
            <numerusform>Refreshed %1 of %n car</numerusform>
            <numerusform>Refreshed %1 of %n cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) reconnecting</source>
        <translation>
            <numerusform>%n needs reconnecting</numerusform>
            <numerusform>%n need reconnecting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) must connect again because a ShopApp process crashed during token refresh</source>
        <translation>
            <numerusform>%n owner must connect again because a ShopApp process crashed during token refresh</numerusform>
            <numerusform>%n owners must connect again because a ShopApp process crashed during token refresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (see the Connection column)</source>
        <translation>
            <numerusform>%n could not be read (see the Connection column)</numerusform>
            <numerusform>%n could not be read (see the Connection column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (monthly call budget)</source>
        <translation>
            <numerusform>%n skipped (monthly call budget)</numerusform>
            <numerusform>%n skipped (monthly call budget)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCountWords</name>
    <message numerus="yes">
        <source>reminded %n day(s) ago (%1)</source>
        <translation>
            <numerusform>reminded %n day ago (%1)</numerusform>
            <numerusform>reminded %n days ago (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>no postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded yesterday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemNames</name>
    <message>
        <source>Tire pressure sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tire pressure monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-lock brakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-engine light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brake fluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oil temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washer fluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-voltage battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery conditioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water in fuel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
