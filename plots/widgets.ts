// The widgets, re-exported for plotting users with their typed options (the generated *Attrs
// of each class): new Slider({ start: 0, end: 10, value: 1, step: 0.5, title: "k" }).
// plots/test/widgets.test.ts checks this list against every widget model BokehJS registers.
export {
  AutocompleteInput, Button, Checkbox, CheckboxButtonGroup, CheckboxGroup, ColorPicker, DatePicker,
  DateRangePicker, DatetimePicker, DatetimeRangePicker, Div, Dropdown, FileInput, HelpButton, Markdown,
  MultiChoice, MultiSelect, MultipleDatePicker, MultipleDatetimePicker, NumericInput, PaletteSelect,
  Paragraph, PasswordInput, PreText, Progress, RadioButtonGroup, RadioGroup, Select, Spinner, Switch,
  TextAreaInput, TextInput, TimePicker, Toggle,
  CategoricalSlider, DateRangeSlider, DateSlider, DatetimeRangeSlider, RangeSlider, Slider,
  DataCube, DataTable, TableColumn, GroupingInfo,
  BooleanFormatter, DateFormatter, HTMLTemplateFormatter, NumberFormatter, ScientificFormatter, StringFormatter,
  CheckboxEditor, DateEditor, IntEditor, NumberEditor, PercentEditor, SelectEditor, StringEditor, TextEditor, TimeEditor,
  AvgAggregator, MaxAggregator, MinAggregator, SumAggregator,
  AbstractButton, InputWidget, Markup, TableWidget, Widget, CellEditor, CellFormatter, RowAggregator,
} from "../document/index.ts"

export type {
  AutocompleteInputAttrs, ButtonAttrs, CheckboxAttrs, CheckboxButtonGroupAttrs, CheckboxGroupAttrs,
  ColorPickerAttrs, DatePickerAttrs, DateRangePickerAttrs, DatetimePickerAttrs, DatetimeRangePickerAttrs,
  DivAttrs, DropdownAttrs, FileInputAttrs, HelpButtonAttrs, MarkdownAttrs, MultiChoiceAttrs, MultiSelectAttrs,
  MultipleDatePickerAttrs, MultipleDatetimePickerAttrs, NumericInputAttrs, PaletteSelectAttrs, ParagraphAttrs,
  PasswordInputAttrs, PreTextAttrs, ProgressAttrs, RadioButtonGroupAttrs, RadioGroupAttrs, SelectAttrs,
  SpinnerAttrs, SwitchAttrs, TextAreaInputAttrs, TextInputAttrs, TimePickerAttrs, ToggleAttrs,
  CategoricalSliderAttrs, DateRangeSliderAttrs, DateSliderAttrs, DatetimeRangeSliderAttrs, RangeSliderAttrs, SliderAttrs,
  DataCubeAttrs, DataTableAttrs, TableColumnAttrs, GroupingInfoAttrs,
  BooleanFormatterAttrs, DateFormatterAttrs, HTMLTemplateFormatterAttrs, NumberFormatterAttrs,
  ScientificFormatterAttrs, StringFormatterAttrs,
  CheckboxEditorAttrs, DateEditorAttrs, IntEditorAttrs, NumberEditorAttrs, PercentEditorAttrs,
  SelectEditorAttrs, StringEditorAttrs, TextEditorAttrs, TimeEditorAttrs,
  AvgAggregatorAttrs, MaxAggregatorAttrs, MinAggregatorAttrs, SumAggregatorAttrs,
  AbstractButtonAttrs, InputWidgetAttrs, MarkupAttrs, TableWidgetAttrs, WidgetAttrs, CellEditorAttrs,
  CellFormatterAttrs, RowAggregatorAttrs,
} from "../document/index.ts"
