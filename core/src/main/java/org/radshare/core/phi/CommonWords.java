/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.phi;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everyday English and radiology vocabulary. A caption is made of these words, so a word found here
 * is never taken as an approximate (misspelt or misread) form of an identifier, and a name or
 * institution part that is itself such a word only matches where it is written capitalised. Exact
 * matches of identifiers are unaffected.
 */
final class CommonWords {

  private CommonWords() {}

  private static final Set<String> WORDS =
      Arrays.stream(
              """
      a about above across after again against age aged ago all almost along also although always
      among an and another any anyone are area around as at away back based be because been before
      being below best better between both but by call called came can case cases cause caused
      change clear close come common could course cross day days did different do does done down
      during each early either else end enough even ever every example fact far few final find
      first five follow following for form found four free from full further get give given go
      going good great had half hand has have having he her here high him his how however if
      important in into is it its just keep kind know known large last late later least left less
      let life like likely line little long look looking made main make making many may me mean
      might more most much must my near need never new next nice no non normal not note now number
      of off often old on once one only open or other our out over own part past people per place
      point possible post pre present pretty quite rather read real really right round said same
      say see seen set several she short should show shown side significant similar since six
      small so some something sometimes soon still such sure take taken ten than thanks that the
      their them then there these they thing think this those though three through time times to
      today together too top total toward true try turn two type under until up upon us use used
      useful using usual usually very view was way we week well were what when where whether which
      while white who whole why will with within without work would year years yes yet you young
      your great classic typical teaching learning quiz answer guess spot diagnosis findings
      finding image images imaging study studies series slice slices scan scans film case report
      patient patients history presented presenting presents complaint pain acute chronic mild
      moderate severe small large huge tiny giant enlarged enlargement normal abnormal benign
      malignant lesion lesions mass masses nodule nodules cyst cysts tumor tumour tumors tumours
      cancer carcinoma metastasis metastases metastatic lymphoma sarcoma abscess infection
      inflammation edema oedema fluid collection effusion hemorrhage haemorrhage bleed bleeding
      blood clot thrombus thrombosis embolus embolism infarct infarction ischemia ischaemia stroke
      fracture fractures break dislocation sprain tear rupture injury trauma contusion hematoma
      haematoma stenosis occlusion dilatation dilated aneurysm dissection calcification
      calcified sclerosis sclerotic lytic blastic erosion erosions destruction deformity
      narrowing thickening wall walls enhancement enhancing contrast arterial venous portal
      delayed phase phases axial coronal sagittal oblique plane planes view views projection
      frontal lateral anterior posterior superior inferior medial proximal distal central
      peripheral bilateral unilateral right left midline upper lower middle level levels segment
      segments lobe lobes head neck chest thorax abdomen pelvis spine spinal cervical thoracic
      lumbar sacral brain skull face orbit orbits sinus sinuses ear nose throat mouth jaw teeth
      tooth tongue larynx pharynx trachea bronchus bronchi lung lungs pleura pleural heart
      cardiac aorta aortic artery arteries vein veins liver hepatic gallbladder biliary bile duct
      ducts pancreas pancreatic spleen splenic kidney kidneys renal adrenal bladder ureter
      urethra prostate uterus uterine ovary ovaries ovarian testis testes scrotum bowel colon
      rectum stomach gastric duodenum jejunum ileum appendix esophagus oesophagus breast breasts
      axilla shoulder elbow wrist hand hands finger fingers thumb hip hips knee knees ankle foot
      feet toe toes bone bones joint joints muscle muscles tendon tendons ligament ligaments
      cartilage disc discs disk vertebra vertebrae vertebral cord nerve nerves skin soft tissue
      tissues fat fatty node nodes lymph gland glands thyroid pituitary vessel vessels wall
      signal intensity density dense hyperdense hypodense isodense hyperintense hypointense
      isointense bright dark sign signs pattern appearance feature features characteristic
      typical atypical differential consistent suggestive compatible likely unlikely
      radiology radiologist radiologists radiographic radiograph radiographs xray ray rays
      ultrasound sonography doppler tomography computed magnetic resonance nuclear medicine
      mammogram mammography fluoroscopy angiography angiogram interventional guided biopsy
      drain drainage stent stents catheter line tube tubes pacemaker device implant prosthesis
      surgery surgical postoperative preoperative operation procedure treatment therapy
      follow followup resolved resolution progression progressive stable unchanged interval
      improved improvement worse worsening increase increased decrease decreased size sized
      measuring measures measurement diameter length width volume cm mm ml weighted diffusion
      perfusion restriction sequence sequences flair gradient echo spin fat suppression water
      air gas free pneumothorax pneumonia consolidation atelectasis emphysema fibrosis nodular
      ground glass opacity opacities opacification pattern honeycombing bronchiectasis
      cardiomegaly hydronephrosis hydrocephalus ascites cirrhosis hepatomegaly splenomegaly
      appendicitis diverticulitis cholecystitis pancreatitis colitis obstruction perforation
      volvulus intussusception hernia herniation congenital anomaly variant variants rare
      incidental incidentaloma pediatric paediatric child children adult adults elderly man woman
      male female boy girl infant neonate baby newborn pregnant pregnancy fetal fetus twin
      disease syndrome disorder condition lymphoma malformation diverticulum granulomatosis
      thyroiditis tumor sign test fracture cyst dementia
      grace hope faith joy rose dawn mark will bill june april summer autumn sky river rich frank
      gene art ray pat sue lily daisy ruby pearl amber iris violet ivy holly heather crystal hunter
      chase mason carter cooper gray grey black brown green hill wood park king bishop price rice
      lane page stone bell ball field fields wells waters rivers banks hall moss bush snow storm
      sterling miles golden love sweet noble rush cash house
      arrow arrows arrowhead arrowheads circle circled star asterisk marker markers label labelled
      labeled highlighted highlight notice compare comparison prior previous current recent
      anatomy structure structures identify name named quiz question questions answer answers
      guess poll vote thread tweet post share shared sharing comment comments reply learn teach
      lesson review reviewed reviewing resident residents fellow fellows attending consultant
      student students course conference meeting rounds journal club morning evening night
      tonight tomorrow yesterday weekend monday tuesday wednesday thursday friday saturday sunday
      month months hour hours minute minutes second seconds shot shots scout topogram localizer
      window level width center centre contrast noise artifact artefact motion beam hardening
      streak streaks ring rings aliasing wrap around partial volume averaging chemical shift
      susceptibility blooming pulsation flow void voids rim halo target bullseye crescent
      wedge shaped round oval irregular lobulated spiculated smooth sharp margin margins border
      borders edge edges rim core center central peripheral diffuse focal multifocal patchy
      scattered cluster clustered linear branching tubular beaded saccular fusiform
      ecg ekg lead leads ct cta ctpa mri mra mrcp pet spect ivc svc cbd lad rca lcx lv rv la ra ap pa
      lat pa kv kvp mas mgy msv hu ml mg dlp ctdi fov tr te ti dwi adc swi flair stir tof mip mpr
      vr ssd ir pd bold dti ge se fse tse epi ssfse haste trufisp bssfp lge ecv ef us rf ir st
      """
                  .split("\\s+"))
          .filter(w -> !w.isEmpty())
          .collect(Collectors.toUnmodifiableSet());

  /** True for everyday or radiology vocabulary (normalised, lower-case form). */
  static boolean contains(String normalizedWord) {
    return WORDS.contains(normalizedWord);
  }
}
