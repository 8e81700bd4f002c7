# Generates forms/intakedialog.ui (no maxLength: an over-long paste must be refused visibly by the
# validator, not cut silently by the widget): the form has ~35 fields, and a table of rows here is easier
# to keep in order (labels, buddies, tab order) than hand-edited XML. Run: python3 tools/gen_intake_ui.py
from xml.sax.saxutils import escape as e
rows_left = [
 # (label, buddy, widget class, objectName, extra properties xml)
 ("Ph&one:", "phoneEdit", "QLineEdit", "phoneEdit", '<property name="placeholderText"><string>067 123 45 67</string></property><property name="toolTip"><string>The caller is found by the number as you type</string></property>'),
 (None, None, "QLabel", "phoneStatusLabel", '<property name="sizePolicy"><sizepolicy hsizetype="Preferred" vsizetype="Maximum"><horstretch>0</horstretch><verstretch>0</verstretch></sizepolicy></property><property name="textInteractionFlags"><set>Qt::TextSelectableByMouse</set></property>'),
 ("&Surname:", "surnameEdit", "QLineEdit", "surnameEdit", ''),
 ("&Name:", "firstNameEdit", "QLineEdit", "firstNameEdit", ''),
 ("Pa&tronymic:", "patronymicEdit", "QLineEdit", "patronymicEdit", ''),
 ("&Address:", "addressEdit", "QLineEdit", "addressEdit", '<property name="placeholderText"><string>street, house, flat, locality</string></property>'),
 ("To&pic:", "topicEdit", "QLineEdit", "topicEdit", '<property name="placeholderText"><string>code or words: 009, вода, опалення…</string></property><property name="toolTip"><string>Classifier section II: type a code or words, choose with the arrows and Enter</string></property>'),
 ("S&ummary:", "summaryEdit", "QLineEdit", "summaryEdit", '<property name="toolTip"><string>The substance of the appeal in one sentence; Enter saves</string></property>'),
 ("Problem loca&tion:", "problemAddressEdit", "QLineEdit", "problemAddressEdit", '<property name="placeholderText"><string>if different from the author\'s address</string></property>'),
 ("&Full text:", "fullTextEdit", "QPlainTextEdit", "fullTextEdit", '<property name="tabChangesFocus"><bool>true</bool></property><property name="maximumSize"><size><width>16777215</width><height>90</height></size></property>'),
]
rows_mid = [
 ("&Kind:", "kindCombo", "QComboBox", "kindCombo", ''),
 ("Su&bject:", "subjectCombo", "QComboBox", "subjectCombo", ''),
 ("Si&gnatories:", "signatoriesSpin", "QSpinBox", "signatoriesSpin", '<property name="minimum"><number>1</number></property><property name="maximum"><number>1000000</number></property>'),
 ("Author &categories:", "categoriesList", "QListWidget", "categoriesList", '<property name="maximumSize"><size><width>16777215</width><height>110</height></size></property><property name="horizontalScrollBarPolicy"><enum>Qt::ScrollBarAlwaysOff</enum></property><property name="wordWrap"><bool>true</bool></property><property name="toolTip"><string>Space marks a category; privileged categories give priority</string></property>'),
 ("Se&x:", "sexCombo", "QComboBox", "sexCombo", ''),
 ("Social stat&us:", "socialCombo", "QComboBox", "socialCombo", ''),
 ("&E-mail:", "emailEdit", "QLineEdit", "emailEdit", ''),
 ("C&hannel:", "channelCombo", "QComboBox", "channelCombo", ''),
 ("&Received:", "receivedEdit", "QDateTimeEdit", "receivedEdit", '<property name="displayFormat"><string notr="true">dd.MM.yyyy HH:mm</string></property><property name="calendarPopup"><bool>true</bool></property>'),
 ("&Outcome:", "outcomeCombo", "QComboBox", "outcomeCombo", ''),
 ("Reaso&n:", "reasonEdit", "QLineEdit", "reasonEdit", ''),
 ("Forward t&o:", "forwardToEdit", "QLineEdit", "forwardToEdit", ''),
]
checks = [
 ("needsStudyCheck", "Needs further stud&y (1 month)"),
 ("confidentialCheck", "Confidentia&lity requested"),
 ("consentCheck", "Consent to updates by SMS/e-&mail"),
 ("authorNotifiedCheck", "The author has been informe&d"),
]

def form(rows, name):
    out = ['<layout class="QFormLayout" name="%s"><property name="fieldGrowthPolicy"><enum>QFormLayout::ExpandingFieldsGrow</enum></property>' % name]
    for i, (label, buddy, cls, obj, extra) in enumerate(rows):
        if label:
            out.append('<item row="%d" column="0"><widget class="QLabel" name="%sLabel"><property name="text"><string>%s</string></property><property name="buddy"><cstring>%s</cstring></property></widget></item>' % (i, obj, e(label), buddy))
        out.append('<item row="%d" column="1"><widget class="%s" name="%s">%s</widget></item>' % (i, cls, obj, extra))
    out.append('</layout>')
    return '\n'.join(out)

checks_xml = '\n'.join('<item><widget class="QCheckBox" name="%s"><property name="text"><string>%s</string></property></widget></item>' % (o, e(t)) for o, t in checks)

ui = '''<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>IntakeDialog</class>
 <widget class="QDialog" name="IntakeDialog">
  <property name="geometry"><rect><x>0</x><y>0</y><width>1180</width><height>720</height></rect></property>
  <property name="windowTitle"><string>New appeal</string></property>
  <layout class="QVBoxLayout" name="mainLayout">
   <item>
    <layout class="QHBoxLayout" name="columnsLayout" stretch="4,3,2">
     <item>
      <widget class="QGroupBox" name="callGroup"><property name="title"><string>Caller and substance</string></property>
       %(left)s
      </widget>
     </item>
     <item>
      <widget class="QGroupBox" name="cardGroup"><property name="title"><string>Card</string></property>
       <layout class="QVBoxLayout" name="cardLayout">
        <item>%(mid)s</item>
        %(checks)s
       </layout>
      </widget>
     </item>
     <item>
      <widget class="QGroupBox" name="historyGroup"><property name="title"><string>Caller's history</string></property>
       <property name="minimumSize"><size><width>260</width><height>0</height></size></property>
       <layout class="QVBoxLayout" name="historyLayout">
        <item><widget class="QLabel" name="callersLabel"><property name="text"><string>Several people use this number — choose:</string></property></widget></item>
        <item><widget class="QListWidget" name="callersList"><property name="wordWrap"><bool>true</bool></property><property name="horizontalScrollBarPolicy"><enum>Qt::ScrollBarAlwaysOff</enum></property><property name="alternatingRowColors"><bool>true</bool></property><property name="maximumSize"><size><width>16777215</width><height>90</height></size></property></widget></item>
        <item><widget class="QListWidget" name="historyList"><property name="wordWrap"><bool>true</bool></property><property name="horizontalScrollBarPolicy"><enum>Qt::ScrollBarAlwaysOff</enum></property><property name="alternatingRowColors"><bool>true</bool></property><property name="toolTip"><string>Earlier appeals of this caller: open ones first</string></property></widget></item>
        <item><widget class="QLabel" name="sameProblemLabel"><property name="wordWrap"><bool>true</bool></property><property name="text"><string>Same problem reported by others:</string></property></widget></item>
        <item><widget class="QListWidget" name="sameProblemList"><property name="wordWrap"><bool>true</bool></property><property name="horizontalScrollBarPolicy"><enum>Qt::ScrollBarAlwaysOff</enum></property><property name="alternatingRowColors"><bool>true</bool></property><property name="maximumSize"><size><width>16777215</width><height>90</height></size></property></widget></item>
        <item><widget class="QPushButton" name="attachButton"><property name="text"><string>Attach as a co-&amp;applicant</string></property><property name="autoDefault"><bool>false</bool></property><property name="toolTip"><string>Register this caller under the selected case: one task for executors, everyone called back</string></property></widget></item>
       </layout>
      </widget>
     </item>
    </layout>
   </item>
   <item><widget class="QLabel" name="termLabel"><property name="wordWrap"><bool>true</bool></property><property name="textInteractionFlags"><set>Qt::TextSelectableByMouse</set></property></widget></item>
   <item><widget class="QLabel" name="priorityLabel"><property name="styleSheet"><string notr="true">color: #8a4b00; font-weight: bold;</string></property></widget></item>
   <item><widget class="QLabel" name="errorsLabel"><property name="wordWrap"><bool>true</bool></property><property name="styleSheet"><string notr="true">color: #b00020;</string></property></widget></item>
   <item><widget class="QLabel" name="resultLabel"><property name="wordWrap"><bool>true</bool></property><property name="textInteractionFlags"><set>Qt::TextSelectableByMouse</set></property><property name="styleSheet"><string notr="true">color: #1b5e20; font-weight: bold;</string></property></widget></item>
   <item>
    <layout class="QHBoxLayout" name="buttonLayout">
     <item><widget class="QLabel" name="draftLabel"><property name="styleSheet"><string notr="true">color: #666;</string></property></widget></item>
     <item><spacer name="buttonSpacer"><property name="orientation"><enum>Qt::Horizontal</enum></property></spacer></item>
     <item><widget class="QPushButton" name="printButton"><property name="text"><string>&amp;Print card…</string></property><property name="autoDefault"><bool>false</bool></property></widget></item>
     <item><widget class="QPushButton" name="newButton"><property name="text"><string>Ne&amp;w call</string></property><property name="autoDefault"><bool>false</bool></property></widget></item>
     <item><widget class="QPushButton" name="saveButton"><property name="text"><string>&amp;Save (Enter)</string></property><property name="default"><bool>true</bool></property></widget></item>
     <item><widget class="QPushButton" name="closeButton"><property name="text"><string>Close (Esc)</string></property><property name="autoDefault"><bool>false</bool></property></widget></item>
    </layout>
   </item>
  </layout>
 </widget>
 <tabstops>
%(tabs)s
 </tabstops>
 <resources/>
 <connections/>
</ui>
''' % {
 'left': form(rows_left, 'callForm'),
 'mid': form(rows_mid, 'cardForm'),
 'checks': checks_xml,
 'tabs': '\n'.join('  <tabstop>%s</tabstop>' % t for t in [
   'phoneEdit','surnameEdit','firstNameEdit','patronymicEdit','addressEdit','topicEdit','summaryEdit',
   'problemAddressEdit','fullTextEdit','kindCombo','subjectCombo','signatoriesSpin','needsStudyCheck',
   'categoriesList','sexCombo','socialCombo','emailEdit','confidentialCheck','consentCheck',
   'channelCombo','receivedEdit','outcomeCombo','reasonEdit','forwardToEdit','authorNotifiedCheck',
   'saveButton','printButton','newButton','closeButton','callersList','historyList','sameProblemList','attachButton'])
}
import os
open(os.path.join(os.path.dirname(__file__), '..', 'forms', 'intakedialog.ui'),'w').write(ui)
